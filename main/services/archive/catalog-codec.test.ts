import { describe, expect, it } from 'vitest';
import { ArticleMetaSchema, type ArticleMeta } from '../../../shared/model';
import { decodeArticle, encodeArticle } from './catalog-codec';
import { COLUMN_LINES, decodeColumns, encodeColumns } from './catalog-columns';
import type { TrashEntry } from './catalog-schema';

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

describe('catalogue columns of many articles and damaged column lines', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ ...valid, id: `a${i}`, title: `Tin số ${i}` }));
  async function encode(articles: ArticleMeta[], trash: TrashEntry[] = []) {
    const chunks: string[] = [];
    await encodeColumns(articles, trash, async (chunk) => {
      chunks.push(chunk);
    });
    return chunks.join('');
  }

  // Columns are written 5,000 values at a time: a column of exactly 5,000 or 10,000 values
  // (articles and trash together) must read back as it was (a stray comma or a missing bracket
  // at a chunk's edge would not).
  it.each([4999, 9999, 10_001])('round-trips %i articles and one in the trash', async (count) => {
    const articles = many(count);
    const trash = [{ meta: { ...valid, id: 't1' }, deletedAt: '2026-02-01T08:00:00+07:00' }];
    const text = await encode(articles, trash);
    expect(await decodeColumns(Buffer.from(text), 0, count, 1)).toEqual({ articles, trash });
  });

  const lines = async () => (await encode(many(8))).split('\n');
  const decodeLines = (text: string[], trash = 0) =>
    decodeColumns(Buffer.from(text.join('\n')), 0, 8 - trash, trash);

  it('reads a catalogue whose last line lost its final newline', async () => {
    const text = await encode(many(8));
    expect(text.endsWith('\n')).toBe(true);
    expect(await decodeColumns(Buffer.from(text.slice(0, -1)), 0, 8, 0)).toEqual({
      articles: many(8),
      trash: [],
    });
  });

  it('names a dictionary column whose reference points at no stored value', async () => {
    for (const ref of [1, -1, 0.5, '0']) {
      const text = await lines();
      // The category column (null for every article) is stored as a dictionary of one value.
      expect(text[2]).toBe('{"values":[null],"refs":[0,0,0,0,0,0,0,0]}');
      text[2] = `{"values":[null],"refs":[0,0,${JSON.stringify(ref)},0,0,0,0,0]}`;
      expect(await decodeLines(text)).toBe('column categoryId: value 3 refers to no stored value');
    }
  });

  it('names a dictionary column without its values or references', async () => {
    for (const broken of ['{"refs":[0]}', '{"values":[null]}', 'null', '7']) {
      const text = await lines();
      text[2] = broken;
      expect(await decodeLines(text)).toBe('column categoryId: not valid JSON');
    }
  });

  it('names a column holding fewer values than the header counts, and a file cut short', async () => {
    const text = await lines();
    text[1] = JSON.stringify(JSON.parse(text[1]!).slice(0, 7));
    expect(await decodeLines(text)).toBe(
      'column title: holds 7 values, the header says 8 (the file was cut short)',
    );
    expect(await decodeLines((await lines()).slice(0, 3))).toBe(
      `holds 3 of ${COLUMN_LINES} columns (the file was cut short)`,
    );
  });

  it('names a trash entry whose deletion date is not an ISO date-time', async () => {
    for (const at of ['01/02/2026', 20260201, null]) {
      const text = await encode(many(7), [{ meta: { ...valid, id: 't1' }, deletedAt: 'x' }]);
      const split = text.split('\n');
      split[COLUMN_LINES - 1] = JSON.stringify([at]);
      expect(await decodeLines(split, 1)).toBe('trash entry 1: deletedAt is not an ISO date-time');
    }
  });
});
