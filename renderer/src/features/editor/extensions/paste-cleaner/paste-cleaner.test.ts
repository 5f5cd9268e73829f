import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { REPORT_SCHEMA_EXTENSIONS } from '../../../../../../shared/report/schema';
import { cleanPastedHtml } from '../../../../../../shared/report/paste';
import { createTestEditor } from '../../../../../../test-support/create-test-editor';
import { PasteCleaner } from './paste-cleaner';

let editor: Editor;
afterEach(() => editor.destroy());

function setup() {
  const notices: string[] = [];
  editor = createTestEditor({
    content: '<p>Giữ nguyên</p><p></p>',
    extensions: [
      ...REPORT_SCHEMA_EXTENSIONS,
      PasteCleaner.configure({
        clean: (html) => cleanPastedHtml(html, { window }),
        onNotice: (mode) => void notices.push(mode),
      }),
    ],
  });
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  return notices;
}

describe('the paste cleaner in the editor', () => {
  it('pastes Word HTML cleaned: structure kept, mso styles and scripts gone', () => {
    const notices = setup();
    editor.view.pasteHTML(
      '<h2 style="mso-list:none;font-family:Arial">Mục 1</h2><p class=MsoNormal style="color:red" onclick="x()">Nội dung <b>đậm</b><script>bad()</script></p>',
    );
    const html = editor.getHTML();
    expect(html).toContain('<h2');
    expect(html).toContain('<strong>đậm</strong>');
    expect(html).not.toMatch(/mso|Arial|onclick|script|bad\(\)|color/);
    expect(notices).toEqual([]);
  });

  it('refuses an HTML bomb whole: the document is left as it was, and the user is told', () => {
    const notices = setup();
    const before = editor.getJSON();
    editor.view.pasteHTML('<div><span>x</span></div>'.repeat(40_000));
    expect(editor.getJSON()).toEqual(before);
    expect(notices).toEqual(['refused']);
  });

  it('pastes text as NFC', () => {
    setup();
    editor.view.pasteText('Ho\u0302\u0323i nghi\u0323');
    expect(editor.getText()).toContain('Hội nghị');
    expect(editor.getText()).not.toContain('\u0323');
  });
});
