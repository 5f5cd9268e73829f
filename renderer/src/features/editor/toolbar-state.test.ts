import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import fc from 'fast-check';
import { createTestEditor } from '../../../../test-support/create-test-editor';
import { ALL_TOOLS } from './toolbar-items';
import { selectToolbarState, toolbarStateCache } from './toolbar-state';

let editor: Editor;
afterEach(() => editor.destroy());

describe('the toolbar state follows the selection', () => {
  it('reports marks, block style, alignment, list and table state where the cursor is', () => {
    editor = createTestEditor({
      content:
        '<h2>Mục</h2><p><strong>đậm</strong> thường</p><p style="text-align:center"><span style="font-size:13pt">giữa</span></p><ol type="a"><li><p>khoản</p></li></ol><table><tr><td><p>ô</p></td></tr></table>',
    });
    const at = (text: string) => {
      let found = -1;
      editor.state.doc.descendants((node, pos) => {
        if (found < 0 && node.isText && node.text!.includes(text))
          found = pos + node.text!.indexOf(text) + 1;
      });
      editor.commands.setTextSelection(found);
      return selectToolbarState({ editor });
    };
    let state = at('Mục');
    expect(state.blockStyle!.value).toBe('h2');
    expect(state.alignLeft!.active).toBe(true);
    expect(state.alignJustify!.active).toBe(false);
    expect(state.table!.enabled).toBe(true);
    expect(state.mergeCells!.enabled).toBe(false);
    state = at('đậm');
    expect(state.bold!.active).toBe(true);
    expect(state.blockStyle!.value).toBe('paragraph');
    expect(state.alignJustify!.active).toBe(true);
    state = at('thường');
    expect(state.bold!.active).toBe(false);
    state = at('giữa');
    expect(state.alignCenter!.active).toBe(true);
    expect(state.alignJustify!.active).toBe(false);
    expect(state.fontSize!.value).toBe('13pt');
    state = at('khoản');
    expect(state.orderedA!.active).toBe(true);
    expect(state.ordered1!.active).toBe(false);
    state = at('ô');
    expect(state.addRowAfter!.enabled).toBe(true);
  });

  it('undo and redo are enabled exactly when the history can undo and redo', () => {
    editor = createTestEditor({ content: '<p>một</p>' });
    const check = () => {
      const state = selectToolbarState({ editor });
      expect(state.undo!.enabled).toBe(editor.can().undo());
      expect(state.redo!.enabled).toBe(editor.can().redo());
      return [state.undo!.enabled, state.redo!.enabled];
    };
    expect(check()).toEqual([false, false]);
    editor.chain().setTextSelection(2).insertContent('x').run();
    expect(check()).toEqual([true, false]);
    editor.commands.undo();
    expect(check()).toEqual([false, true]);
    editor.commands.redo();
    expect(check()).toEqual([true, false]);
  });

  it('the cached state equals a full recompute after every step of random editing', () => {
    editor = createTestEditor({
      content:
        '<h2>Mục</h2><p>đoạn <strong>đậm</strong> và <em>nghiêng</em> thường</p>' +
        '<ul><li><p>một</p></li><li><p>hai</p></li></ul><ol type="a"><li><p>ba</p></li></ol>' +
        '<blockquote><p>trích</p></blockquote><p style="text-align:center">giữa</p>' +
        '<table><tr><td><p>ô</p></td><th><p>đầu</p></th></tr></table><p>cuối</p>',
    });
    const ed = editor;
    const steps: ((at: number, text: string) => void)[] = [
      (at) => ed.commands.setTextSelection(at),
      (at, text) => ed.chain().setTextSelection(at).insertContent(text).run(),
      (_, text) => ed.commands.insertContent(text),
      () => ed.commands.toggleBold(),
      () => ed.commands.toggleItalic(),
      () => ed.commands.toggleHeading({ level: 2 }),
      () => ed.commands.setTextAlign('center'),
      () => ed.commands.toggleBulletList(),
      () => ed.commands.sinkListItem('listItem'),
      () => ed.commands.liftListItem('listItem'),
      () => ed.commands.toggleBlockquote(),
      () => ed.commands.splitBlock(),
      () => ed.commands.joinBackward(),
      () => ed.commands.undo(),
      () => ed.commands.redo(),
      (at) => ed.commands.setTextSelection({ from: at, to: at + 4 }),
      () => ed.setEditable(!ed.isEditable, false),
    ];
    const select = toolbarStateCache();
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: steps.length - 1 }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.string({ minLength: 1, maxLength: 3 }),
          ),
          { minLength: 1, maxLength: 25 },
        ),
        (run) => {
          for (const [step, at, text] of run) {
            const size = ed.state.doc.content.size;
            try {
              steps[step]!(Math.max(1, Math.min(size - 1, Math.floor(at * size))), text);
            } catch {
              // A command refused by this document (a history step that no longer applies)
              // dispatches nothing; the toolbar is checked on the state as it is.
            }
            expect(select(ed)).toEqual(selectToolbarState({ editor: ed }));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('has one state per tool and disables everything when read-only', () => {
    editor = createTestEditor({ content: '<p>x</p>' });
    editor.setEditable(false);
    const state = selectToolbarState({ editor });
    expect(Object.keys(state)).toHaveLength(ALL_TOOLS.length);
    expect(Object.values(state).every((tool) => !tool.enabled)).toBe(true);
  });

  it('every tool has a label in both languages and the shortcut tools name their keys', async () => {
    const { resources } = await import('../../../../shared/i18n/resources');
    for (const tool of ALL_TOOLS) {
      for (const language of ['vi', 'en'] as const) {
        const value = tool.label
          .split('.')
          .reduce<unknown>(
            (node, key) => (node as Record<string, unknown>)[key],
            resources[language].editor,
          );
        expect(typeof value, `${language}: ${tool.label}`).toBe('string');
      }
    }
    const shortcuts = Object.fromEntries(
      ALL_TOOLS.flatMap((tool) =>
        tool.kind === 'button' && tool.shortcut ? [[tool.id, tool.shortcut]] : [],
      ),
    );
    expect(shortcuts).toMatchObject({
      bold: 'Ctrl+B',
      italic: 'Ctrl+I',
      underline: 'Ctrl+U',
      link: 'Ctrl+K',
      find: 'Ctrl+F',
      replace: 'Ctrl+H',
      pageBreak: 'Ctrl+Enter',
      ordered1: 'Ctrl+Shift+7',
      bulletDisc: 'Ctrl+Shift+8',
    });
  });
});
