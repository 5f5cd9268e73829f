import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import type { DocNode } from '../../../../shared/report/document';
import { createTestEditor } from '../../../../test-support/create-test-editor';
import { generateReportDoc } from '../../../../bench/generator/report-doc';
import { docStats } from './doc-stats';
import { statsOf } from './use-change-emitter';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

const expectSameAsJson = (ed: Editor) =>
  expect(docStats(ed.state.doc)).toEqual(statsOf(ed.getJSON() as DocNode));

describe('docStats (the status bar counts, block by block)', () => {
  it('counts as statsOf does: lists, tables, quotes, breaks, citations, spaces at both ends', () => {
    editor = createTestEditor({
      content:
        '<p>   </p><p>  Báo cáo <strong>tình</strong>hình  </p><h2>Mục 1</h2>' +
        '<ul><li><p>một</p></li><li><p>hai ba</p></li></ul><blockquote><p>trích<br>dẫn</p></blockquote>' +
        '<table><tr><td><p>ô một</p></td><td><p>ô</p></td></tr></table><hr><p>cuối   </p><p> </p>',
    });
    expectSameAsJson(editor);
    expect(docStats(editor.state.doc).words).toBe(14);
  });

  it('a 50-page report, then after typing, deleting and splitting paragraphs', () => {
    editor = createTestEditor({ content: generateReportDoc({ pages: 50 }) });
    expectSameAsJson(editor);
    const middle = Math.floor(editor.state.doc.content.size / 2);
    editor.chain().setTextSelection(middle).insertContent(' thêm từ ').run();
    expectSameAsJson(editor);
    editor.chain().setTextSelection(middle).splitBlock().run();
    expectSameAsJson(editor);
    editor.commands.deleteRange({ from: 1, to: 40 });
    expectSameAsJson(editor);
  });

  it('empty and blank documents count nothing', () => {
    editor = createTestEditor({ content: '<p></p>' });
    expect(docStats(editor.state.doc)).toEqual({ words: 0, characters: 0 });
    editor.commands.setContent('<p>  </p><p> </p>');
    expectSameAsJson(editor);
  });
});
