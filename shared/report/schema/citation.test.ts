// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { afterEach, describe, expect, it } from 'vitest';
import { citationNode, collectCitations } from '../citation';
import { NODE, docText, type DocNode } from '../document';
import { Citation } from './citation';

const article = {
  id: 'a1b2c3',
  title: 'Hội nghị giao ban KT-XH 6 tháng đầu năm',
  site: 'kiengiang.gov.vn',
  publishedAt: '2020-07-13T13:25:00+07:00',
};

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

function makeEditor(content: DocNode | string): Editor {
  editor = new Editor({ extensions: [Document, Paragraph, Text, Citation], content });
  return editor;
}

describe('citation node', () => {
  it('shows "(Nguồn: site, title, ngày dd/mm/yyyy)" and carries the article', () => {
    const node = citationNode(article);
    expect(node.attrs).toEqual({
      articleId: 'a1b2c3',
      label: '(Nguồn: kiengiang.gov.vn, Hội nghị giao ban KT-XH 6 tháng đầu năm, ngày 13/07/2020)',
      site: 'kiengiang.gov.vn',
      title: 'Hội nghị giao ban KT-XH 6 tháng đầu năm',
      date: '2020-07-13T13:25:00+07:00',
    });
  });

  it('leaves out the site and date an article lacks', () => {
    expect(citationNode({ ...article, site: null, publishedAt: null }).attrs?.label).toBe(
      '(Nguồn: Hội nghị giao ban KT-XH 6 tháng đầu năm)',
    );
  });

  it('survives a trip through HTML (copy and paste keep it linked)', () => {
    const doc: DocNode = {
      type: NODE.doc,
      content: [
        {
          type: NODE.paragraph,
          content: [{ type: NODE.text, text: 'Theo tin ' }, citationNode(article)],
        },
      ],
    };
    const html = makeEditor(doc).getHTML();
    expect(html).toContain('data-citation');
    expect(html).toContain('data-article-id="a1b2c3"');
    editor!.destroy();
    const back = makeEditor(html).getJSON() as DocNode;
    expect(collectCitations(back)).toEqual([citationNode(article).attrs]);
    expect(docText(back)).toContain('(Nguồn: kiengiang.gov.vn');
  });

  it('is one atom: the editor never splits or edits its label', () => {
    makeEditor({
      type: NODE.doc,
      content: [{ type: NODE.paragraph, content: [citationNode(article)] }],
    });
    expect(editor!.state.doc.firstChild!.firstChild!.isAtom).toBe(true);
    expect(editor!.state.doc.textContent).toBe('');
  });
});
