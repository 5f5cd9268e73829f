import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEditor } from '../../../../../../test-support/create-test-editor';
import { CARET_BLOCK_CLASS, CARET_NEAR_CLASS } from './caret-block';
import { blocksChanged } from './paint-switch';

const HTML = '<p>Một</p><p>Hai</p><ul><li><p>Ba</p></li></ul><p>Bốn</p><p>Năm</p>';

let editor: Editor;
afterEach(() => editor.destroy());

const doc = () => editor.state.doc;
const caretBlocks = () =>
  [...editor.view.dom.querySelectorAll(`.${CARET_BLOCK_CLASS}`)].map((el) => el.textContent);
const nearBlocks = () =>
  [...editor.view.dom.querySelectorAll(`.${CARET_NEAR_CLASS}`)].map((el) => el.textContent);

describe('DeferredPaint', () => {
  it('keeps the top-level block holding the caret marked, and its two neighbours', () => {
    editor = createTestEditor({ content: HTML });
    editor.commands.setTextSelection(2);
    expect(caretBlocks()).toEqual(['Một']);
    expect(nearBlocks()).toEqual(['Hai']);
    editor.commands.setTextSelection(doc().content.size - 2);
    expect(caretBlocks()).toEqual(['Năm']);
    expect(nearBlocks()).toEqual(['Bốn']);
    editor.commands.setTextSelection(7);
    expect(caretBlocks()).toEqual(['Hai']);
    expect(nearBlocks()).toEqual(['Một', 'Ba']);
    // In a list item, the whole list (the top-level block) is the one drawn.
    editor.commands.setTextSelection(14);
    expect(caretBlocks()).toEqual(['Ba']);
    expect(editor.view.dom.querySelector(`ul.${CARET_BLOCK_CLASS}`)).not.toBeNull();
    // A block made by Enter is marked in the transaction that makes it.
    editor.commands.setTextSelection(4);
    editor.commands.splitBlock();
    expect(caretBlocks()).toEqual(['']);
  });

  it('re-arms for a change that makes many blocks, not for typing, Enter or Backspace', () => {
    editor = createTestEditor({ content: HTML });
    const changed = (edit: () => void) => {
      const before = doc();
      edit();
      return blocksChanged(before, doc());
    };
    expect(changed(() => editor.commands.insertContentAt(3, 'x'))).toBe(false);
    expect(changed(() => editor.chain().setTextSelection(3).splitBlock().run())).toBe(false);
    expect(changed(() => editor.chain().joinBackward().run())).toBe(false);
    expect(
      changed(() => editor.commands.deleteRange({ from: 1, to: doc().content.size - 1 })),
    ).toBe(false);
    expect(changed(() => editor.commands.insertContentAt(1, '<p>a</p><p>b</p><p>c</p>'))).toBe(
      true,
    );
    expect(changed(() => editor.commands.setContent(HTML))).toBe(true);
  });
});
