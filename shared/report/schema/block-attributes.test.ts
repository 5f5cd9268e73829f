import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { createTestEditor } from '../../../test-support/create-test-editor';
import { INDENT, isFirstLineIndented } from './block-attributes';

let editor: Editor;
afterEach(() => editor.destroy());

const press = (key: string, mods: Partial<KeyboardEventInit> = {}) =>
  editor.view.dom.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods }),
  );
const attrs = (index = 0) => editor.getJSON().content![index]!.attrs!;

describe('block attributes: indent, first-line indent, line spacing', () => {
  it('indents and outdents every paragraph in the selection, within 0–8', () => {
    editor = createTestEditor({ content: '<p>một</p><h2>hai</h2><p>ba</p>' });
    editor.commands.selectAll();
    editor.commands.indent();
    expect([0, 1, 2].map((i) => attrs(i).indent)).toEqual([1, 1, 1]);
    for (let i = 0; i < 20; i++) editor.commands.indent();
    expect(attrs().indent).toBe(INDENT.MAX);
    expect(editor.commands.indent()).toBe(false);
    for (let i = 0; i < 20; i++) editor.commands.outdent();
    expect(attrs().indent).toBe(0);
  });

  it('Tab indents a paragraph but moves between table cells', () => {
    editor = createTestEditor({
      content: '<p>đoạn</p><table><tr><td><p>A</p></td><td><p>B</p></td></tr></table>',
    });
    editor.commands.setTextSelection(2);
    press('Tab');
    expect(attrs().indent).toBe(1);
    press('Tab', { shiftKey: true });
    expect(attrs().indent).toBe(0);
    const cellA = editor.state.doc.resolve(editor.$node('tableCell')!.pos + 2);
    editor.commands.setTextSelection(cellA.pos);
    press('Tab');
    expect(editor.state.selection.$from.parent.textContent).toBe('B');
    expect(JSON.stringify(editor.getJSON())).not.toContain('"indent":1');
  });

  it('toggles the first-line indent and sets the three line spacings', () => {
    editor = createTestEditor({ content: '<p>đoạn văn</p><ul><li><p>mục</p></li></ul>' });
    // Body text is indented by the layout until the user says otherwise; list items are not.
    expect(attrs().firstLineIndent).toBeNull();
    expect(isFirstLineIndented(editor)).toBe(true);
    editor.commands.toggleFirstLineIndent();
    expect(attrs().firstLineIndent).toBe(false);
    expect(editor.getHTML()).toContain('data-first-line-indent="off"');
    editor.commands.toggleFirstLineIndent();
    expect(attrs().firstLineIndent).toBe(true);
    editor.commands.setLineHeight('1.5');
    expect(attrs().lineHeight).toBe('1.5');
    expect(editor.getHTML()).toContain('line-height: 1.5');
    editor.commands.setLineHeight(null);
    expect(attrs().lineHeight).toBeNull();
    editor.commands.setTextSelection(editor.state.doc.content.size - 3);
    expect(isFirstLineIndented(editor)).toBe(false);
  });

  it('reads Word’s margins, text-indent and line-height in points, inches and percent', () => {
    editor = createTestEditor({
      content:
        '<p style="margin-left:72pt;text-indent:.5in;line-height:115%">a</p><p style="margin-left:2.54cm;line-height:1.0">b</p>',
    });
    expect(attrs(0)).toMatchObject({ indent: 2, firstLineIndent: true, lineHeight: '1.15' });
    expect(attrs(1)).toMatchObject({ indent: 2, firstLineIndent: null, lineHeight: '1.0' });
  });
});
