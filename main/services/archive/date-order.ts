import type { ArticleMeta } from '../../../shared/model';

const byImported = (a: ArticleMeta, b: ArticleMeta) =>
  a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0;

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const two = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1);

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Milliseconds of a stored publication time (the catalogue's ISO form, checked when it was
 * read: YYYY-MM-DDTHH:MM[:SS] then Z or ±HH:MM), by arithmetic on its digits: Date.parse on
 * 100,000 strings was a good part of the first list's wait. Anything else goes to Date.parse.
 */
export function isoTime(iso: string): number {
  const seconds = iso.charCodeAt(16) === 58; // ':' after the minutes
  const zoneAt = seconds ? 19 : 16;
  if (iso.length !== zoneAt + (iso.charCodeAt(zoneAt) === 90 ? 1 : 6)) return Date.parse(iso);
  const days = daysFromCivil(
    digit(iso, 0) * 1000 + digit(iso, 1) * 100 + two(iso, 2),
    two(iso, 5),
    two(iso, 8),
  );
  let minutes = days * 1440 + two(iso, 11) * 60 + two(iso, 14);
  const zone = iso.charCodeAt(zoneAt);
  if (zone !== 90) {
    const offset = two(iso, zoneAt + 1) * 60 + two(iso, zoneAt + 4);
    minutes -= zone === 43 ? offset : -offset; // '+' is ahead of UTC
  }
  return (minutes * 60 + (seconds ? two(iso, 17) : 0)) * 1000;
}

/** The first index in `sorted` holding `value` (which is there). */
function rankOf(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Whether `list` is already in publication order, so sorting would change nothing: the
 * catalogue is written newest first (catalog-store.ts), so the default list of an archive
 * opened since its last compaction costs one pass instead of a sort of 100,000.
 */
function alreadyInOrder(
  list: readonly ArticleMeta[],
  times: Float64Array,
  direction: 1 | -1,
): boolean {
  for (let i = 1; i < list.length; i++) {
    const before = times[i - 1]!;
    const after = times[i]!;
    if (Number.isNaN(after)) continue;
    if (Number.isNaN(before)) return false;
    if (before === after) {
      if (direction * byImported(list[i - 1]!, list[i]!) > 0) return false;
    } else if (direction * (after - before) < 0) return false;
  }
  return true;
}

/**
 * Publication order: by time in `direction`, then by import time in `direction`, then as listed;
 * undated articles after every dated one, as listed. The same order as a comparator sort, but
 * the 100,000 comparisons of a first list at start-up become one native sort of numbers: each
 * article's key is its time's rank times n plus its position (exact in a double below 94
 * million articles), and only runs of equal times are ordered by import time afterwards.
 */
export function sortByDate(list: readonly ArticleMeta[], direction: 1 | -1): ArticleMeta[] {
  const n = list.length;
  const times = new Float64Array(n);
  let dated = 0;
  for (let i = 0; i < n; i++) {
    const at = list[i]!.publishedAt;
    times[i] = at === null ? Number.NaN : isoTime(at);
    if (at !== null) dated++;
  }
  if (alreadyInOrder(list, times, direction)) return list.slice();
  const distinct = times.filter((time) => !Number.isNaN(time)).sort();
  const keys = new Float64Array(dated);
  for (let i = 0, k = 0; i < n; i++) {
    if (Number.isNaN(times[i]!)) continue;
    const rank = rankOf(distinct, times[i]!);
    keys[k++] = (direction === 1 ? rank : n - 1 - rank) * n + i;
  }
  keys.sort();
  const sorted: ArticleMeta[] = new Array<ArticleMeta>(n);
  for (let k = 0; k < dated; k++) sorted[k] = list[keys[k]! % n]!;
  for (let start = 0; start < dated;) {
    let end = start + 1;
    const time = times[keys[start]! % n]!;
    while (end < dated && times[keys[end]! % n] === time) end++;
    if (end - start > 1) {
      // Array.prototype.sort is stable: equal import times keep the listed order.
      const run = sorted.slice(start, end).sort((a, b) => direction * byImported(a, b));
      for (let k = start; k < end; k++) sorted[k] = run[k - start]!;
    }
    start = end;
  }
  for (let i = 0, k = dated; i < n; i++) if (Number.isNaN(times[i]!)) sorted[k++] = list[i]!;
  return sorted;
}
