import { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { NODE, docText, type DocNode } from './document';
import { insertBlock, isPassageOf, quoteBlock } from './quote';
import { reportSchema } from './schema';

const article = {
  id: 'a1',
  title: 'Giao ban KT-XH',
  site: 'kiengiang.gov.vn',
  publishedAt: '2020-07-13T13:25:00+07:00',
};
const p = (text: string): DocNode => ({
  type: NODE.paragraph,
  content: text ? [{ type: NODE.text, text }] : [],
});
const doc = (...content: DocNode[]): DocNode => ({ type: NODE.doc, content });

describe('quoteBlock', () => {
  it('is a block quote of the passage, paragraph by paragraph, closed by the citation', () => {
    const block = quoteBlock(
      'Hội nghị đánh giá cao.\n\nTỉnh  đạt 1.245,5 tỷ.'.normalize('NFD'),
      article,
    );
    const schemaDoc = PmNode.fromJSON(reportSchema(), doc(block));
    expect(() => schemaDoc.check()).not.toThrow();
    expect(block.content).toHaveLength(2);
    expect(docText(block)).toBe(
      'Hội nghị đánh giá cao.\nTỉnh đạt 1.245,5 tỷ. (Nguồn: kiengiang.gov.vn, Giao ban KT-XH, ngày 13/07/2020)',
    );
    expect(block.content![1]!.content!.at(-1)).toMatchObject({
      type: NODE.citation,
      attrs: { articleId: 'a1' },
    });
  });
});

describe('isPassageOf', () => {
  const source = { title: 'T', lead: 'Sapo.', bodyText: 'Dòng một của bài.\n\nDòng hai của bài.' };
  it('accepts the article’s own words across paragraphs, in NFD or NFC', () => {
    expect(isPassageOf('một của bài. Dòng hai'.normalize('NFD'), source)).toBe(true);
  });
  it('refuses words the article does not hold (a retyped quote)', () => {
    expect(isPassageOf('Dòng một của bai', source)).toBe(false);
  });
});

describe('insertBlock', () => {
  const quote = quoteBlock('Trích.', article);
  it('goes after the block holding the cursor', () => {
    // "Một" occupies positions 0..5; a cursor at 2 is inside it.
    const out = insertBlock(doc(p('Một'), p('Hai')), quote, 2);
    expect(out.content!.map((n) => n.type)).toEqual([
      'paragraph',
      'blockquote',
      'paragraph',
      'paragraph',
    ]);
    expect(docText(out.content![3]!)).toBe('Hai');
  });
  it('takes the place of an empty paragraph holding the cursor', () => {
    const out = insertBlock(doc(p('Một'), p(''), p('Hai')), quote, 6);
    expect(out.content!.map((n) => docText(n).slice(0, 3))).toEqual(['Một', 'Trí', 'Hai']);
  });
  it('goes at the end without a cursor, with an empty paragraph to type on after it', () => {
    const out = insertBlock(doc(p('Một'), p('')), quote);
    expect(out.content!.map((n) => n.type)).toEqual(['paragraph', 'blockquote', 'paragraph']);
  });
  it('goes at the end when the cursor is beyond the document', () => {
    const out = insertBlock(doc(p('Một')), quote, 999);
    expect(out.content!.map((n) => n.type)).toEqual(['paragraph', 'blockquote', 'paragraph']);
  });
});
