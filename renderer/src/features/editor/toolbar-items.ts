import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { BulletStyle, OrderedType } from '../../../../shared/report/schema';
import { isFirstLineIndented } from '../../../../shared/report/schema';
import type { EditorRequest } from './extensions/editor-requests';
import { blockStyle, color, fontSize, highlight, lineHeight } from './toolbar-selects';
import { TABLE_GROUP } from './toolbar-table-tools';

/** What a tool may do besides running a command: open the editor's dialogs and pickers. */
export type ToolContext = {
  editor: Editor;
  request(request: EditorRequest): void;
  pastePlain(): void;
};

export type ButtonTool = {
  kind: 'button';
  id: string;
  /** Key in the 'editor' namespace. */
  label: string;
  /** Shown on the button (the label is its accessible name). */
  glyph: string;
  /** As shown in the tooltip, e.g. "Ctrl+B"; the key binding itself lives in the extension. */
  shortcut?: string;
  run(context: ToolContext): void;
  isActive?(editor: Editor): boolean;
  isEnabled?(editor: Editor): boolean;
};

export type SelectOption = { value: string; label: string; labelOptions?: Record<string, unknown> };

export type SelectTool = {
  kind: 'select';
  id: string;
  label: string;
  options: SelectOption[];
  value(editor: Editor): string;
  apply(editor: Editor, value: string): void;
};

export type Tool = ButtonTool | SelectTool;
export type ToolGroup = { id: string; label: string; tools: Tool[] };

const chain = (editor: Editor) => editor.chain().focus();

const mark = (
  id: string,
  glyph: string,
  shortcut: string | undefined,
  toggle: (editor: Editor) => void,
): ButtonTool => ({
  kind: 'button',
  id,
  label: `tools.${id}`,
  glyph,
  shortcut,
  run: ({ editor }) => toggle(editor),
  isActive: (editor) => editor.isActive(id),
});

const align = (id: string, value: string, glyph: string, shortcut: string): ButtonTool => ({
  kind: 'button',
  id,
  label: `tools.${id}`,
  glyph,
  shortcut,
  run: ({ editor }) => chain(editor).setTextAlign(value).run(),
  // Unset alignment is the default: justified body text, left-aligned headings.
  isActive: (editor) =>
    editor.isActive({ textAlign: value }) ||
    (activeAlign(editor) === null && value === (editor.isActive('heading') ? 'left' : 'justify')),
});

function activeAlign(editor: Editor): string | null {
  const attrs = editor.isActive('heading')
    ? editor.getAttributes('heading')
    : editor.getAttributes('paragraph');
  return (attrs.textAlign as string | null | undefined) ?? null;
}

const bullet = (id: string, style: BulletStyle, glyph: string, shortcut?: string): ButtonTool => ({
  kind: 'button',
  id,
  label: `tools.${id}`,
  glyph,
  shortcut,
  run: ({ editor }) =>
    editor.isActive('bulletList', { listStyle: style })
      ? chain(editor).toggleBulletList().run()
      : chain(editor).setBulletListStyle(style).run(),
  isActive: (editor) => editor.isActive('bulletList', { listStyle: style }),
});

const ordered = (id: string, type: OrderedType, glyph: string, shortcut?: string): ButtonTool => ({
  kind: 'button',
  id,
  label: `tools.${id}`,
  glyph,
  shortcut,
  run: ({ editor }) =>
    editor.isActive('orderedList', { type })
      ? chain(editor).toggleOrderedList().run()
      : chain(editor).setOrderedListType(type).run(),
  isActive: (editor) => editor.isActive('orderedList', { type }),
});

const request = (
  id: string,
  what: EditorRequest,
  glyph: string,
  shortcut?: string,
): ButtonTool => ({
  kind: 'button',
  id,
  label: `tools.${id}`,
  glyph,
  shortcut,
  run: (context) => context.request(what),
});

/** The whole toolbar, in order. Each item's command, state test and label are here and nowhere else. */
export const TOOL_GROUPS: ToolGroup[] = [
  {
    id: 'history',
    label: 'groups.history',
    tools: [
      {
        kind: 'button',
        id: 'undo',
        label: 'tools.undo',
        glyph: '↶',
        shortcut: 'Ctrl+Z',
        run: ({ editor }) => chain(editor).undo().run(),
        // What can().undo() answers, read from the history: can() builds every command of the
        // editor for each call, the most garbage a keystroke made (~40 KB, twice).
        isEnabled: (editor) => undoDepth(editor.state) > 0,
      },
      {
        kind: 'button',
        id: 'redo',
        label: 'tools.redo',
        glyph: '↷',
        shortcut: 'Ctrl+Y',
        run: ({ editor }) => chain(editor).redo().run(),
        isEnabled: (editor) => redoDepth(editor.state) > 0,
      },
    ],
  },
  { id: 'style', label: 'groups.style', tools: [blockStyle, fontSize] },
  {
    id: 'marks',
    label: 'groups.marks',
    tools: [
      mark('bold', 'B', 'Ctrl+B', (editor) => chain(editor).toggleBold().run()),
      mark('italic', 'I', 'Ctrl+I', (editor) => chain(editor).toggleItalic().run()),
      mark('underline', 'U', 'Ctrl+U', (editor) => chain(editor).toggleUnderline().run()),
      mark('strike', 'S', 'Ctrl+Shift+S', (editor) => chain(editor).toggleStrike().run()),
      mark('subscript', 'x₂', 'Ctrl+,', (editor) => chain(editor).toggleSubscript().run()),
      mark('superscript', 'x²', 'Ctrl+.', (editor) => chain(editor).toggleSuperscript().run()),
      color,
      highlight,
      {
        kind: 'button',
        id: 'clearMarks',
        label: 'tools.clearMarks',
        glyph: 'T̸',
        run: ({ editor }) => chain(editor).unsetAllMarks().run(),
      },
    ],
  },
  {
    id: 'paragraph',
    label: 'groups.paragraph',
    tools: [
      align('alignLeft', 'left', '⯇', 'Ctrl+Shift+L'),
      align('alignCenter', 'center', '≡', 'Ctrl+Shift+E'),
      align('alignRight', 'right', '⯈', 'Ctrl+Shift+R'),
      align('alignJustify', 'justify', '☰', 'Ctrl+Shift+J'),
      {
        kind: 'button',
        id: 'firstLineIndent',
        label: 'tools.firstLineIndent',
        glyph: '⇥¶',
        run: ({ editor }) => chain(editor).toggleFirstLineIndent().run(),
        isActive: (editor) => isFirstLineIndented(editor),
      },
      {
        kind: 'button',
        id: 'outdent',
        label: 'tools.outdent',
        glyph: '⇤',
        shortcut: 'Shift+Tab',
        run: ({ editor }) => chain(editor).outdent().run(),
      },
      {
        kind: 'button',
        id: 'indent',
        label: 'tools.indent',
        glyph: '⇥',
        shortcut: 'Tab',
        run: ({ editor }) => chain(editor).indent().run(),
      },
      lineHeight,
    ],
  },
  {
    id: 'lists',
    label: 'groups.lists',
    tools: [
      bullet('bulletDisc', 'disc', '•', 'Ctrl+Shift+8'),
      bullet('bulletDash', 'dash', '–'),
      ordered('ordered1', '1', '1.', 'Ctrl+Shift+7'),
      ordered('orderedA', 'a', 'a)'),
      ordered('orderedUpperRoman', 'I', 'I.'),
      ordered('orderedLowerRoman', 'i', 'i.'),
      {
        kind: 'button',
        id: 'blockquote',
        label: 'tools.blockquote',
        glyph: '❝',
        shortcut: 'Ctrl+Shift+B',
        run: ({ editor }) => chain(editor).toggleBlockquote().run(),
        isActive: (editor) => editor.isActive('blockquote'),
      },
    ],
  },
  {
    id: 'insert',
    label: 'groups.insert',
    tools: [
      request('link', 'link', '🔗', 'Ctrl+K'),
      request('image', 'image', '🖼'),
      request('table', 'table', '▦'),
      {
        kind: 'button',
        id: 'horizontalRule',
        label: 'tools.horizontalRule',
        glyph: '―',
        run: ({ editor }) => chain(editor).setHorizontalRule().run(),
      },
      {
        kind: 'button',
        id: 'pageBreak',
        label: 'tools.pageBreak',
        glyph: '⤓',
        shortcut: 'Ctrl+Enter',
        run: ({ editor }) => chain(editor).setPageBreak().run(),
      },
      request('find', 'find', '🔍', 'Ctrl+F'),
      request('replace', 'replace', '⇄', 'Ctrl+H'),
      {
        kind: 'button',
        id: 'pastePlain',
        label: 'tools.pastePlain',
        glyph: '📋',
        shortcut: 'Ctrl+Shift+V',
        run: (context) => context.pastePlain(),
      },
    ],
  },
  TABLE_GROUP,
];

export const ALL_TOOLS: Tool[] = TOOL_GROUPS.flatMap((group) => group.tools);
