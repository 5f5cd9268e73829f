import type { ArticleListQuery, ArticleSort } from '../../../../shared/ipc/archive';
import type { SearchFilters, SearchSort } from '../../../../shared/ipc/search';

/** What the user narrowed the list to. `categoryId: null` means "uncategorized"; undefined means any. */
export type LibraryFilters = {
  categoryId?: string | null;
  from?: string;
  to?: string;
  site?: string;
  read?: boolean;
  starred?: boolean;
};

export type LibrarySort = ArticleSort | 'relevance';

export function activeFilterCount(filters: LibraryFilters): number {
  return Object.values(filters).filter((value) => value !== undefined).length;
}

/** The archive's list query for a page of the plain (no search text) list. */
export function toListQuery(
  filters: LibraryFilters,
  sort: LibrarySort,
  offset: number,
  limit: number,
): ArticleListQuery {
  return { ...filters, sort: sort === 'relevance' ? 'date-desc' : sort, offset, limit };
}

/** The search query's filters; "uncategorized" cannot be searched for, so it is left out. */
export function toSearchFilters(filters: LibraryFilters): SearchFilters {
  const { categoryId, ...rest } = filters;
  return categoryId ? { ...rest, categoryId } : rest;
}

export function toSearchSort(sort: LibrarySort): SearchSort {
  if (sort === 'date-desc' || sort === 'date-asc') return sort;
  return 'relevance';
}
