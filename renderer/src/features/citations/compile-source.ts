import type { CompileSource } from '../../../../shared/ipc/citations';
import type { LibraryFilters } from '../library/list-filters';

export type SourceKind = 'selection' | 'filter' | 'range';
export type RangeChoice = { from?: string; to?: string; categoryIds: (string | null)[] };

/** The library's current search and filters as a compile source (the same articles the list shows). */
export function filterSource(query: string, filters: LibraryFilters): CompileSource {
  const { categoryId, ...rest } = filters;
  return {
    ...rest,
    ...(query.trim() ? { query: query.trim() } : {}),
    ...(categoryId !== undefined ? { categoryIds: [categoryId] } : {}),
  };
}

export function compileSource(
  kind: SourceKind,
  selection: string[],
  query: string,
  filters: LibraryFilters,
  range: RangeChoice,
): CompileSource {
  if (kind === 'selection') return { ids: selection };
  if (kind === 'filter') return filterSource(query, filters);
  return {
    from: range.from,
    to: range.to,
    ...(range.categoryIds.length > 0 ? { categoryIds: range.categoryIds } : {}),
  };
}

/** Moves one entry of the section order up or down. */
export function moveSection<T>(order: T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (target < 0 || target >= order.length) return order;
  const next = [...order];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
