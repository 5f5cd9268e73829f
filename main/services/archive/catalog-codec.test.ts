import { describe, expect, it } from 'vitest';
import { ArticleMetaSchema, type ArticleMeta } from '../../../shared/model';
import { decodeArticle, encodeArticle } from './catalog-codec';
import { decodeColumns, encodeColumns } from './catalog-columns';

const valid: ArticleMeta = {
  id: 'a1',
  title: 'Hội nghị',
  categoryId: null,
  publishedAt: '2020-07-13T13:25:00+07:00',
  site: null,
  sourceUrl: null,
  author: 'Huỳnh Kết',
  lead: '',
  wordCount: 3,
  importedAt: '2026-01-01T08:00:00+07:00',
  contentHash: 'abc',
  read: false,
  starred: true,
  readingPosition: 0.25,
};

const broken: Partial<Record<keyof ArticleMeta, unknown>>[] = [
  { id: '' },
  { title: 3 },
  { publishedAt: '13/07/2020' },
  { wordCount: -1 },
  { wordCount: 1.5 },
  { importedAt: null },
  { read: 'no' },
  { readingPosition: 1.5 },
  { author: 7 },
];

describe('catalogue line codec', () => {
  it('round-trips a meta exactly', () => {
    expect(decodeArticle(JSON.parse(JSON.stringify(encodeArticle(valid))) as unknown[], 1)).toEqual(
      valid,
    );
  });

  it.each(broken)('rejects what ArticleMetaSchema rejects: %o', (change) => {
    const meta = { ...valid, ...change } as ArticleMeta;
    expect(ArticleMetaSchema.safeParse(meta).success).toBe(false);
    expect(typeof decodeArticle(encodeArticle(meta), 1)).toBe('string');
  });
});

describe('catalogue column codec', () => {
  it('round-trips articles and trash, with and without dictionary columns', async () => {
    const articles = Array.from({ length: 20 }, (_, i) => ({
      ...valid,
      id: `a${i}`,
      title: `Tin số ${i}`,
      categoryId: i % 3 === 0 ? null : 'c1',
    }));
    const trash = [{ meta: { ...valid, id: 't1' }, deletedAt: '2026-02-01T08:00:00+07:00' }];
    const chunks: string[] = [];
    await encodeColumns(articles, trash, async (chunk) => {
      chunks.push(chunk);
    });
    const text = chunks.join('');
    expect(text.split('\n')[2]).toMatch(/^\{"values":\[null,"c1"\],"refs":/);
    expect(await decodeColumns(Buffer.from(text), 0, articles.length, trash.length)).toEqual({
      articles,
      trash,
    });
  });
});

describe('catalogue columns checked a column at a time', () => {
  async function decodeWith(change: Partial<Record<keyof ArticleMeta, unknown>>) {
    const articles: ArticleMeta[] = Array.from({ length: 12 }, (_, i) => ({
      ...valid,
      id: `a${i}`,
      categoryId: 'c1',
    }));
    articles[4] = { ...articles[4]!, ...change } as ArticleMeta;
    const chunks: string[] = [];
    await encodeColumns(articles, [], async (chunk) => {
      chunks.push(chunk);
    });
    return decodeColumns(Buffer.from(chunks.join('')), 0, articles.length, 0);
  }

  it.each(broken)('names the article and reason decodeArticle gives: %o', async (change) => {
    const reason = decodeArticle(encodeArticle({ ...valid, ...change } as ArticleMeta), 1);
    expect(await decodeWith(change)).toBe(`article 5: ${reason as string}`);
  });

  it('builds the same metas, key for key, as decodeArticle', async () => {
    const decoded = await decodeWith({ title: 'Tin đã sửa' });
    const expected = decodeArticle(
      encodeArticle({ ...valid, id: 'a4', categoryId: 'c1', title: 'Tin đã sửa' }),
      1,
    );
    const meta = (decoded as { articles: ArticleMeta[] }).articles[4]!;
    expect(meta).toEqual(expected);
    expect(Object.keys(meta)).toEqual(Object.keys(expected as ArticleMeta));
  });
});
