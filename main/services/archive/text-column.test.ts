import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../shared/model';
import { decodeColumns, encodeColumns } from './catalog-columns';
import { EXTERNAL_MIN_CHARS, readTextColumn } from './text-column';

/** What catalog-columns.ts does with a line it cannot parse. */
function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const read = (line: string) => {
  const buffer = Buffer.from(line);
  return readTextColumn(buffer, 0, buffer.length, parseOrUndefined);
};

v8.setFlagsFromString('--expose-gc');
/** A full collection: garbage left by earlier tests must not be freed while one measures. */
const gc = vm.runInNewContext('gc') as () => void;

/** Bytes the V8 heap holds after a full collection. */
const liveHeap = () => {
  gc();
  return v8.getHeapStatistics().used_heap_size;
};

/** How much `make`'s result adds to the live V8 heap (the result kept alive while measured). */
function heapCostOf<T>(make: () => T): { value: T; bytes: number } {
  const before = liveHeap();
  const value = make();
  return { value, bytes: liveHeap() - before };
}

/** `values` repeated until their JSON is long enough for the external path. */
function longColumn(values: (string | null)[]): (string | null)[] {
  // Each copy adds its values and a comma, without the brackets.
  const chars = Math.max(1, JSON.stringify(values).length - 1);
  const times = Math.ceil((1.1 * EXTERNAL_MIN_CHARS) / chars);
  return Array.from({ length: times }, () => values).flat();
}

const vietnamese = (i: number) =>
  `Ủy ban nhân dân tỉnh chỉ đạo triển khai kế hoạch số ${i}/KH-UBND về chuyển đổi số năm 2026`;

describe('long text columns read outside the V8 heap', () => {
  it('reads every column exactly as JSON.parse does: quotes, escapes, controls, surrogates, nulls', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('', 'null', '","', ']', 'a"b', 'a\\b', 'tab\there'),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 12 }), (values) => {
        const line = JSON.stringify(longColumn(values));
        expect(read(line)).toEqual(JSON.parse(line));
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ['an escaped backslash', 'a\\b'],
    ['an escaped quote', 'a"b'],
    ['an escaped control character', 'tab\there'],
    ['a lone surrogate', 'x\ud800y'],
    ['the text of a separator', '","'],
    ['an empty string', ''],
  ])('reads a long column holding %s as JSON.parse does, ASCII or not', (_, odd) => {
    for (const other of [vietnamese(1), 'f'.repeat(64)]) {
      const line = JSON.stringify(longColumn([other, odd, null]));
      expect(read(line)).toEqual(JSON.parse(line));
    }
  });

  it.each([
    ['a space after a comma', (l: string) => l.replace('","', '", "')],
    ['a comma before the end', (l: string) => `${l.slice(0, -1)},]`],
    ['something after the end', (l: string) => `${l}x`],
    ['cut short', (l: string) => l.slice(0, -3)],
    ['a raw tab in a value', (l: string) => l.replace('Ủy', 'Ủ\ty')],
    ['a number among the values', (l: string) => l.replace('"Ủy', '7,"Ủy')],
    ['a bare word for null', (l: string) => l.replace(',"Ủy', ',nul,"Ủy')],
    ['a word like null', (l: string) => l.replace(',"Ủy', ',nulx,"Ủy')],
    ['a letter for a comma', (l: string) => l.replace('",null', '"xnull')],
  ])('leaves a line that is not plain JSON strings to JSON.parse: %s', (_, damage) => {
    const line = damage(JSON.stringify(longColumn([vietnamese(1), null])));
    expect(read(line)).toEqual(parseOrUndefined(line));
    const ascii = damage(JSON.stringify(longColumn(['f'.repeat(64), null]))).replace('Ủ', 'U');
    expect(read(ascii)).toEqual(parseOrUndefined(ascii));
  });

  it.each([
    ['Vietnamese', (i: number) => vietnamese(i), 0.3],
    ['ASCII', (i: number) => `${i}`.padStart(64, 'f'), 0.6],
  ])('keeps the characters of a long %s column off the V8 heap', (_, text, share) => {
    const column = Array.from({ length: 30_000 }, (_, i) => text(i));
    const line = Buffer.from(JSON.stringify(column));
    const parsed = heapCostOf(() => JSON.parse(line.toString()) as unknown);
    const read = heapCostOf(() => readTextColumn(line, 0, line.length, JSON.parse));
    expect(read.value).toEqual(column);
    // What is left on the heap is a 32-byte slice per value, not its characters.
    expect(read.bytes).toBeLessThan(share * parsed.bytes);
  });

  it.each([
    ['a short column', Array.from({ length: 100 }, (_, i) => vietnamese(i))],
    ['a short ASCII column', Array.from({ length: 100 }, (_, i) => `${i}`.padStart(64, 'f'))],
    // More bytes than EXTERNAL_MIN_CHARS, fewer characters: Node would keep the text on the heap.
    ['a column of fewer characters than bytes', longColumn(['Đặng Thị Ngọc Ánh']).slice(0, -8_000)],
  ])('parses %s as before, where slices would gain nothing', (_, column) => {
    let parsed: unknown = null;
    const line = Buffer.from(JSON.stringify(column));
    expect(readTextColumn(line, 0, line.length, (text) => (parsed = JSON.parse(text)))).toBe(
      parsed,
    );
    expect(parsed).toEqual(column);
  });

  it('reads a long column of Latin-1 text beyond ASCII', () => {
    const column = longColumn(['Élysée: café crème brûlée, façade à côté', null]);
    const line = Buffer.from(JSON.stringify(column));
    expect(readTextColumn(line, 0, line.length, () => null)).toEqual(column);
  });

  it('is what the catalogue decode uses for titles, leads, source addresses and hashes', async () => {
    const base: ArticleMeta = {
      id: 'a',
      title: '',
      categoryId: null,
      publishedAt: null,
      site: null,
      sourceUrl: null,
      author: null,
      lead: '',
      wordCount: 1,
      importedAt: '2026-01-01T08:00:00+07:00',
      contentHash: '',
      read: false,
      starred: false,
      readingPosition: 0,
    };
    const articles = Array.from({ length: 20_000 }, (_, i) => ({
      ...base,
      id: `a${i}`,
      title: vietnamese(i),
      lead: vietnamese(i + 1),
      sourceUrl: `https://portal.example.gov.vn/tin-tuc/${i}-chi-dao-trien-khai.html`,
      contentHash: `${i}`.padStart(64, '0'),
    }));
    const encoded = async (metas: ArticleMeta[]) => {
      const chunks: string[] = [];
      await encodeColumns(metas, [], async (chunk) => {
        chunks.push(chunk);
      });
      return Buffer.from(chunks.join(''));
    };
    const plain = await encoded(articles);
    // One value with an escape sends each text column to JSON.parse: the heap as before.
    const escaped = await encoded([
      ...articles.slice(1),
      { ...articles[0]!, title: '\\', lead: '\\', sourceUrl: '\\', contentHash: '\\' },
    ]);
    const before = liveHeap();
    const decoded = await decodeColumns(plain, 0, articles.length, 0);
    const afterRead = liveHeap();
    const parsed = await decodeColumns(escaped, 0, articles.length, 0);
    const afterParsed = liveHeap();
    expect(decoded).toEqual({ articles, trash: [] });
    expect(typeof parsed).toBe('object');
    expect(afterRead - before).toBeLessThan(0.6 * (afterParsed - afterRead));
  });
});
