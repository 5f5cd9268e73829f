import type { Row } from './list-pages';

/** "yyyy-mm" of the row's publication day in Vietnam, or "" when undated or not loaded. */
export function monthKey(row: Row | undefined): string {
  const iso = row?.item?.publishedAt;
  if (!iso) return '';
  if (iso.endsWith('+07:00')) return iso.slice(0, 7);
  return new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 7);
}

/** A group header goes above a row whose month differs from the row before it. */
export function startsGroup(
  row: Row | undefined,
  previous: Row | undefined,
  index: number,
): boolean {
  if (!row?.item) return false;
  return index === 0 || (previous !== undefined && monthKey(previous) !== monthKey(row));
}
