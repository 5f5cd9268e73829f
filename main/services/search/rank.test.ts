import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchSort } from '../../../shared/ipc/search';
import { comparator, selectTop } from './rank';

/** A deterministic spread of scores, exact counts and dates (some unknown), with many ties. */
function matches(size: number) {
  const score = new Float32Array(size);
  const exact = new Uint8Array(size);
  const dates = new Float64Array(size);
  for (let doc = 0; doc < size; doc++) {
    score[doc] = (doc * 7919) % 97;
    exact[doc] = doc % 13 === 0 ? 1 : 0;
    dates[doc] = doc % 11 === 0 ? Number.NaN : (doc * 104729) % 5000;
  }
  return { m: { docs: new Int32Array(0), score, exact }, dates };
}

describe('selectTop', () => {
  it.each<SearchSort>(['relevance', 'date-desc', 'date-asc'])(
    'gives the same first page as a full sort (%s)',
    (sort) => {
      const { m, dates } = matches(20_000);
      const docs = Int32Array.from({ length: 20_000 }, (_, i) => (i * 3) % 20_000);
      const compare = comparator(sort, m, dates);
      const expected = Array.from(docs).sort(compare).slice(0, 60);
      expect(selectTop(docs, 60, compare)).toEqual(expected);
    },
  );

  it('gives the same first page as a full sort for any scores, dates and page size', () => {
    const doc = fc.record({
      score: fc.integer({ min: 0, max: 5 }),
      exact: fc.integer({ min: 0, max: 2 }),
      date: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 120, size: 'max' }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom<SearchSort>('relevance', 'date-desc', 'date-asc'),
        (rows, k, sort) => {
          const m = {
            docs: new Int32Array(0),
            score: Float32Array.from(rows, (r) => r.score),
            exact: Uint8Array.from(rows, (r) => r.exact),
          };
          const dates = Float64Array.from(rows, (r) => r.date ?? Number.NaN);
          const compare = comparator(sort, m, dates);
          const docs = rows.map((_, i) => i).reverse();
          expect(selectTop(docs, k, compare)).toEqual([...docs].sort(compare).slice(0, k));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('puts exact-mark matches first, then the higher score', () => {
    const { m, dates } = matches(100);
    const [first] = selectTop(
      Int32Array.from({ length: 100 }, (_, i) => i),
      1,
      comparator('relevance', m, dates),
    );
    expect(m.exact[first!]).toBe(1);
  });

  it('puts articles without a date after the dated ones, newest first and among equal relevance', () => {
    const m = { docs: new Int32Array(0), score: new Float32Array(3), exact: new Uint8Array(3) };
    const dates = Float64Array.from([Number.NaN, 100, 50]);
    expect(selectTop([0, 1, 2], 3, comparator('date-desc', m, dates))).toEqual([1, 2, 0]);
    expect(selectTop([0, 1, 2], 3, comparator('relevance', m, dates))).toEqual([1, 2, 0]);
  });
});
