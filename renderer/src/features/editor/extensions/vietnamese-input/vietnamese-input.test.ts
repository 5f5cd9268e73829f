import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { createTestEditor } from '../../../../../../test-support/create-test-editor';

let editor: Editor;
afterEach(() => editor.destroy());

/** What a key press does to the editor when only ProseMirror handles it (jsdom has no native editing). */
function keydown(key: string, init: KeyboardEventInit = {}) {
  const keyCode = key === 'Backspace' ? 8 : key.toUpperCase().charCodeAt(0);
  editor.view.dom.dispatchEvent(
    new KeyboardEvent('keydown', { key, keyCode, bubbles: true, cancelable: true, ...init }),
  );
}

/** Text typed the way ProseMirror receives it from the DOM: through handleTextInput, then inserted. */
function typeText(text: string) {
  for (const ch of text) {
    const { from, to } = editor.state.selection;
    const handled = editor.view.someProp('handleTextInput', (f) =>
      f(editor.view, from, to, ch, () => editor.state.tr.insertText(ch, from, to)),
    );
    if (!handled) editor.view.dispatch(editor.state.tr.insertText(ch, from, to));
  }
}

describe('NFC on input', () => {
  it('typed combining marks become precomposed letters, the cursor staying after them', () => {
    editor = createTestEditor({ content: '<p>Cộng hoà</p>' });
    editor.commands.focus('end');
    typeText(' Vie\u0302\u0323t');
    expect(editor.getText()).toBe('Cộng hoà Việt');
    expect(editor.getText()).toBe(editor.getText().normalize('NFC'));
    expect(editor.state.selection.from).toBe(editor.state.doc.content.size - 1);
    typeText(' Nam');
    expect(editor.getText()).toBe('Cộng hoà Việt Nam');
  });

  it('keeps the marks of the text it rewrites and a cursor inside it', () => {
    editor = createTestEditor({ content: '<p><strong>x</strong></p>' });
    const tr = editor.state.tr.insertText('Ho\u0302\u0323i nghi\u0323', 2);
    tr.setSelection(TextSelection.create(tr.doc, 2 + 'Ho\u0302\u0323i'.length));
    editor.view.dispatch(tr);
    expect(editor.getHTML()).toBe('<p><strong>xHội nghị</strong></p>');
    // The cursor was after "Hội" (5 units in NFD, 3 in NFC).
    expect(editor.state.selection.from).toBe(2 + 3);
  });

  it('leaves an open composition alone', () => {
    editor = createTestEditor({ content: '<p></p>' });
    editor.view.dispatch(editor.state.tr.insertText('Vie\u0302', 1).setMeta('composition', 1));
    expect(editor.getText()).toBe('Vie\u0302');
  });
});

describe('Backspace after an input rule', () => {
  it('the very next key undoes the rule, as Word does', () => {
    editor = createTestEditor({ content: '<p></p>' });
    editor.commands.focus('end');
    typeText('**Lưu ý**');
    expect(editor.getHTML()).toBe('<p><strong>Lưu ý</strong></p>');
    keydown('Backspace');
    expect(editor.getText()).toBe('**Lưu ý**');
  });

  it('after another key (Ctrl+B), Backspace no longer rewinds the rule', () => {
    editor = createTestEditor({ content: '<p></p>' });
    editor.commands.focus('end');
    typeText('**Lưu ý**');
    keydown('Control', { ctrlKey: true });
    keydown('b', { ctrlKey: true });
    keydown('Backspace');
    // jsdom does not delete the letter itself (the browser does): what matters is the rule stays.
    expect(editor.getText()).toBe('Lưu ý');
    expect(editor.getHTML()).toContain('<strong>Lưu ý</strong>');
  });
});

describe('Backspace with a selection a command left behind', () => {
  it('deletes the one letter before it (Unikey correcting the word), keeping its marks', () => {
    editor = createTestEditor({ content: '<p>Xem trang ca</p>' });
    editor.chain().focus().setTextSelection({ from: 11, to: 13 }).toggleBold().run();
    keydown('Backspace');
    typeText('á');
    expect(editor.getHTML()).toBe('<p>Xem trang <strong>cá</strong></p>');
  });

  it('a selection the user made is deleted whole', () => {
    editor = createTestEditor({ content: '<p>Xem trang ca</p>' });
    editor.commands.focus('end');
    keydown('Shift', { shiftKey: true });
    editor.view.dispatch(
      editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 13, 11)),
    );
    keydown('Backspace');
    expect(editor.getText()).toBe('Xem trang ');
  });
});
