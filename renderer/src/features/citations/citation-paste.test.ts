import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { createTestEditor } from '../../../../test-support/create-test-editor';
import { collectCitations, citationNode } from '../../../../shared/report/citation';
import { NODE, type DocNode } from '../../../../shared/report/document';

let editor: Editor;
afterEach(() => editor.destroy());

const article = {
  id: 'a1b2',
  title: 'Giao ban',
  site: 'kg.gov.vn',
  publishedAt: '2020-07-13T13:25:00+07:00',
};

describe('citations through copy and paste', () => {
  it('a citation copied as HTML is pasted back as a linked citation (through the paste cleaner)', () => {
    editor = createTestEditor({
      content: {
        type: NODE.doc,
        content: [
          {
            type: NODE.paragraph,
            content: [{ type: NODE.text, text: 'Theo ' }, citationNode(article)],
          },
        ],
      },
    });
    const html = editor.getHTML();
    editor.commands.setContent({ type: NODE.doc, content: [{ type: NODE.paragraph }] });
    editor.view.pasteHTML(html);
    expect(collectCitations(editor.getJSON() as DocNode)).toEqual([citationNode(article).attrs]);
  });
});
