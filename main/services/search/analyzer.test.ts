import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../shared/model';
import { analyzeArticle, FIELD, fingerprint, nextBit } from './analyzer';
import { storedBody } from '../../../test-support/stored-article';

/**
 * What the index learns from one article: which fields a word is in, how often the body says it
 * (ranking), the spellings seen (marked search), which words follow it (phrase filter).
 * (Found by mutation testing: `npm run mutate -- main/services/search/analyzer.ts`.)
 */
const META: ArticleMeta = {
  id: 'a1',
  title: 'Hội nghị tổng kết',
  categoryId: 'c1',
  publishedAt: '2024-01-02T03:04:05.000Z',
  site: 'kiengiang.gov.vn',
  sourceUrl: null,
  author: 'Lê Văn A',
  lead: 'Tổng kết năm',
  wordCount: 10,
  importedAt: '2024-01-03T00:00:00.000Z',
  contentHash: 'h1',
  read: false,
  starred: false,
  readingPosition: 0,
};
const body = (text: string, captions: string[] = []) => storedBody('a1', text, captions);
const TF = (info: number) => info >> 6;

describe('analyzeArticle', () => {
  const doc = analyzeArticle(
    META,
    body('Kinh tế tăng. Hội nghị bàn kinh tế.', ['Ảnh hội trường']),
    'Kinh tế',
  );

  it('marks each field a word occurs in, folded', () => {
    expect(doc.get('hoi')!.info & 63).toBe(FIELD.title | FIELD.body | FIELD.captions);
    expect(doc.get('tong')!.info & 63).toBe(FIELD.title | FIELD.lead);
    expect(doc.get('le')!.info & 63).toBe(FIELD.author);
    expect(doc.get('kinh')!.info & 63).toBe(FIELD.body | FIELD.category);
    expect(doc.get('truong')!.info & 63).toBe(FIELD.captions);
  });

  it('counts lead and body only, and buckets the count at 2, 4 and 8', () => {
    expect(doc.get('tong')!.count).toBe(1); // once in the title (not counted), once in the lead
    expect(doc.get('kinh')!.count).toBe(2); // twice in the body, once in the category name
    const counts = [1, 2, 3, 4, 7, 8, 20];
    const text = counts.map((n, i) => `w${i} `.repeat(n)).join('');
    const many = analyzeArticle({ ...META, title: '', lead: '', author: null }, body(text), null);
    expect(counts.map((_, i) => TF(many.get(`w${i}`)!.info))).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(many.get('w4')!.count).toBe(7);
  });

  it('keeps every spelling seen once, first one first', () => {
    const spelled = analyzeArticle({ ...META, title: 'Hoà hòa HOÀ hoa' }, null, null);
    expect(spelled.get('hoa')!.variants).toEqual(['hoa:2', 'hoa']);
  });

  it('sets the bits of the words that follow a word, not across fields', () => {
    const d = analyzeArticle(
      { ...META, title: 'kinh tế', lead: 'xã hội', author: null },
      null,
      null,
    );
    expect(d.get('kinh')!.next).toBe(nextBit('te'));
    expect(d.get('te')!.next).toBe(0);
    expect(d.get('xa')!.next).toBe(nextBit('hoi'));
  });

  it('reads body and captions only when there is a body, author and category only when given', () => {
    const bare = analyzeArticle({ ...META, author: null }, null, null);
    expect([...bare.keys()].sort()).toEqual(['hoi', 'ket', 'nam', 'nghi', 'tong']);
  });
});

describe('nextBit and fingerprint', () => {
  it('gives one of 16 bits, spread over words', () => {
    const bits = new Set(
      ['a', 'b', 'kinh', 'te', 'hoi', 'nghi', 'xa', 'tinh', 'uy', 'ban'].map(nextBit),
    );
    for (const bit of bits) expect(bit & (bit - 1)).toBe(0);
    expect(Math.max(...bits)).toBeLessThan(1 << 16);
    expect(bits.size).toBeGreaterThan(5);
    expect(nextBit('kinh')).toBe(nextBit('kinh'));
  });

  it('changes with what the index holds, not with read or starred', () => {
    const base = fingerprint(META, 'Kinh tế');
    const reread: ArticleMeta = { ...META, read: true, starred: true, readingPosition: 0.5 };
    expect(fingerprint(reread, 'Kinh tế')).toBe(base);
    for (const changed of [
      fingerprint({ ...META, contentHash: 'h2' }, 'Kinh tế'),
      fingerprint({ ...META, title: 'x' }, 'Kinh tế'),
      fingerprint({ ...META, lead: 'x' }, 'Kinh tế'),
      fingerprint({ ...META, author: null }, 'Kinh tế'),
      fingerprint({ ...META, publishedAt: null }, 'Kinh tế'),
      fingerprint({ ...META, site: null }, 'Kinh tế'),
      fingerprint(META, 'Xã hội'),
      // Fields are kept apart: moving text from one to the next is a change.
      fingerprint({ ...META, title: META.title + ' tổng', lead: 'kết năm' }, 'Kinh tế'),
    ])
      expect(changed).not.toBe(base);
    expect(base).toBeGreaterThanOrEqual(0);
    expect(Number.isInteger(base)).toBe(true);
  });
});
