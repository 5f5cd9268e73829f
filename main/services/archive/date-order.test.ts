import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../shared/model';
import { isoTime, sortByDate } from './date-order';

/** The order as the comparator sort wrote it before: the reference the fast sort must equal. */
function referenceSort(list: readonly ArticleMeta[], direction: 1 | -1): ArticleMeta[] {
  const keyed = list.map((meta) => ({
    meta,
    time: meta.publishedAt === null ? null : Date.parse(meta.publishedAt),
  }));
  keyed.sort((a, b) => {
    if (a.time === null || b.time === null) return a.time === b.time ? 0 : a.time === null ? 1 : -1;
    return (
      direction * (a.time - b.time) ||
      direction *
        (a.meta.importedAt < b.meta.importedAt ? -1 : a.meta.importedAt > b.meta.importedAt ? 1 : 0)
    );
  });
  return keyed.map((entry) => entry.meta);
}

// Few distinct values, so equal times, the same instant in two offsets and equal import times all occur.
const publishedAt = fc.constantFrom(
  null,
  '2020-07-13T13:25:00+07:00',
  '2020-07-13T06:25:00Z',
  '2020-07-13T13:25+07:00',
  '2019-01-01T00:00:00+07:00',
  '1969-12-31T23:59:59Z',
  '9999-12-31T23:59:59+07:00',
  '2024-02-29T08:15:30-05:00',
);
const importedAt = fc.constantFrom(
  '2026-01-15T03:00:00Z',
  '2026-01-15T03:00:01Z',
  '2025-06-01T10:00:00+07:00',
);

const metas = fc
  .array(fc.record({ publishedAt, importedAt }), { maxLength: 60 })
  .map((rows) =>
    rows.map((row, i) => ({ id: `a${i}`, title: `Tin ${i}`, ...row }) as unknown as ArticleMeta),
  );

describe('sortByDate', () => {
  it('gives exactly the order of a comparator sort, both ways, with ties and undated articles', () => {
    fc.assert(
      fc.property(metas, fc.constantFrom(1 as const, -1 as const), (list, direction) => {
        const ids = (sorted: ArticleMeta[]) => sorted.map((meta) => meta.id);
        expect(ids(sortByDate(list, direction))).toEqual(ids(referenceSort(list, direction)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same order when the list is already (or almost) in order: the fast path', () => {
    fc.assert(
      fc.property(
        metas,
        fc.constantFrom(1 as const, -1 as const),
        fc.constantFrom(1 as const, -1 as const),
        fc.nat(),
        fc.boolean(),
        (list, writtenIn, direction, at, swap) => {
          // As the catalogue is written (newest first), then perhaps one pair out of place.
          const listed = referenceSort(list, writtenIn);
          const i = listed.length > 1 ? at % (listed.length - 1) : 0;
          if (swap && listed.length > 1) [listed[i], listed[i + 1]] = [listed[i + 1]!, listed[i]!];
          const ids = (sorted: ArticleMeta[]) => sorted.map((meta) => meta.id);
          expect(ids(sortByDate(listed, direction))).toEqual(ids(referenceSort(listed, direction)));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('isoTime', () => {
  it('equals Date.parse on every stored form: with and without seconds, Z and any offset', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const iso = fc
      .record({
        year: fc.integer({ min: 1, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.option(fc.integer({ min: 0, max: 59 })),
        zone: fc.option(
          fc.record({
            sign: fc.constantFrom('+', '-'),
            hours: fc.integer({ min: 0, max: 14 }),
            minutes: fc.constantFrom(0, 30, 45),
          }),
        ),
      })
      .map(
        (d) =>
          `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}T${pad(d.hour)}:${pad(d.minute)}` +
          (d.second === null ? '' : `:${pad(d.second)}`) +
          (d.zone === null ? 'Z' : `${d.zone.sign}${pad(d.zone.hours)}:${pad(d.zone.minutes)}`),
      );
    fc.assert(
      fc.property(iso, (text) => {
        expect(isoTime(text)).toBe(Date.parse(text));
      }),
      { numRuns: 2000 },
    );
    for (const text of ['2024-02-29T23:59:59+07:00', '2000-03-01T00:00Z', '1900-03-01T00:00Z'])
      expect(isoTime(text)).toBe(Date.parse(text));
  });
});
