import type { Editor } from '@tiptap/core';
import type { ButtonTool, ToolGroup } from './toolbar-items';

/** The toolbar's table group, in the same data form as toolbar-items.ts; enabled inside a table only. */
const chain = (editor: Editor) => editor.chain().focus();

const inTable = (editor: Editor) => editor.isActive('table');

const tableTool = (
  id: string,
  glyph: string,
  run: (editor: Editor) => void,
  isActive?: (editor: Editor) => boolean,
): ButtonTool => ({
  kind: 'button',
  id,
  label: `table.${id}`,
  glyph,
  run: ({ editor }) => run(editor),
  isEnabled: inTable,
  isActive,
});

const cellAlign = (id: string, value: 'top' | 'middle' | 'bottom', glyph: string) =>
  tableTool(
    id,
    glyph,
    (editor) => chain(editor).setCellAttribute('verticalAlign', value).run(),
    (editor) =>
      editor.getAttributes('tableCell').verticalAlign === value ||
      editor.getAttributes('tableHeader').verticalAlign === value,
  );

export const TABLE_GROUP: ToolGroup = {
  id: 'table',
  label: 'groups.table',
  tools: [
    tableTool('addRowBefore', '⤒', (editor) => chain(editor).addRowBefore().run()),
    tableTool('addRowAfter', '⤓', (editor) => chain(editor).addRowAfter().run()),
    tableTool('deleteRow', '−R', (editor) => chain(editor).deleteRow().run()),
    tableTool('addColumnBefore', '⇤C', (editor) => chain(editor).addColumnBefore().run()),
    tableTool('addColumnAfter', 'C⇥', (editor) => chain(editor).addColumnAfter().run()),
    tableTool('deleteColumn', '−C', (editor) => chain(editor).deleteColumn().run()),
    tableTool('mergeCells', '⊞', (editor) => chain(editor).mergeCells().run()),
    tableTool('splitCell', '⊟', (editor) => chain(editor).splitCell().run()),
    tableTool(
      'headerRow',
      'H',
      (editor) => chain(editor).toggleHeaderRow().run(),
      (editor) => editor.isActive('tableHeader'),
    ),
    cellAlign('alignTop', 'top', '⊤'),
    cellAlign('alignMiddle', 'middle', '⊝'),
    cellAlign('alignBottom', 'bottom', '⊥'),
    tableTool('deleteTable', '✕', (editor) => chain(editor).deleteTable().run()),
  ],
};
