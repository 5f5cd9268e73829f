import type { Editor } from '@tiptap/core';
import { Slice } from '@tiptap/pm/model';
import { afterEach, describe, expect, it } from 'vitest';
import { collectCitations } from '../../../../shared/report/citation';
import { NODE, docText, type DocNode } from '../../../../shared/report/document';
import { createTestEditor } from '../../../../test-support/create-test-editor';
import { REPORT_CONTENT_MIME } from '../editor/extensions/content-drop';
import { articleContent, type PanelArticle } from './article-content';

const article: PanelArticle = {
  id: 'a9',
  title: 'Lễ hội Nghinh Ông',
  site: 'kg.gov.vn',
  publishedAt: '2026-07-20T08:00:00+07:00',
  lead: '',
  bodyText:
    'Sáng 20/7, tại TP. Rạch Giá, lễ hội khai mạc. Hàng nghìn người dự. Lễ hội kéo dài ba ngày.',
};
const doc = (nodes: DocNode[]): DocNode => ({ type: NODE.doc, content: nodes });

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

describe('what the Tin bài panel inserts', () => {
  it('the lead, or the first two sentences without one, followed by the citation', () => {
    const [paragraph] = articleContent('lead', article);
    expect(docText(paragraph!)).toBe(
      'Sáng 20/7, tại TP. Rạch Giá, lễ hội khai mạc. Hàng nghìn người dự. (Nguồn: kg.gov.vn, Lễ hội Nghinh Ông, ngày 20/07/2026)',
    );
    const withLead = articleContent('lead', { ...article, lead: 'Sapo của tin.' });
    expect(docText(doc(withLead))).toMatch(/^Sapo của tin\. \(Nguồn:/);
  });

  it('a quote of the selected passage as a block quote with its citation', () => {
    const [quote] = articleContent('quote', article, 'Hàng nghìn người dự.');
    expect(quote!.type).toBe(NODE.blockquote);
    expect(collectCitations(quote!)).toMatchObject([{ articleId: 'a9' }]);
  });

  it('a drop of panel content goes into the document as report nodes', () => {
    editor = createTestEditor({
      content: doc([{ type: NODE.paragraph, content: [{ type: NODE.text, text: 'Theo ' }] }]),
    });
    editor.commands.setTextSelection(6);
    const data = JSON.stringify(articleContent('citation', article));
    const event = Object.assign(new window.Event('drop'), {
      clientX: 0,
      clientY: 0,
      dataTransfer: { getData: (type: string) => (type === REPORT_CONTENT_MIME ? data : '') },
    }) as unknown as DragEvent;
    const handled = editor.view.someProp('handleDrop', (drop) =>
      drop(editor!.view, event, Slice.empty, false),
    );
    expect(handled).toBe(true);
    expect(collectCitations(editor.getJSON() as DocNode)).toMatchObject([{ articleId: 'a9' }]);
  });
});
