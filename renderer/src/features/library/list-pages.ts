import type { ArticleListItem } from '../../../../shared/ipc/archive';
import type { SearchHit } from '../../../../shared/ipc/search';
import { api } from '../../platform/api';
import {
  toListQuery,
  toSearchFilters,
  toSearchSort,
  type LibraryFilters,
  type LibrarySort,
} from './list-filters';

/** One list row: the article's details, and for a search result the highlighted title and snippet. */
export type Row = { item: ArticleListItem | null; hit: SearchHit | null; id: string };

export type Page = { total: number; rows: Row[] };

export type ListRequest = { query: string; filters: LibraryFilters; sort: LibrarySort };

/** Rows are fetched a page at a time; the list asks only for the pages it is about to draw. */
export const PAGE_SIZE = { list: 200, search: 50 } as const;

export function pageSize(request: ListRequest): number {
  return request.query.trim() ? PAGE_SIZE.search : PAGE_SIZE.list;
}

export async function fetchPage(request: ListRequest, pageIndex: number): Promise<Page> {
  const size = pageSize(request);
  const offset = pageIndex * size;
  if (!request.query.trim()) {
    const { total, items } = await api.articles.list(
      toListQuery(request.filters, request.sort, offset, size),
    );
    return { total, rows: items.map((item) => ({ id: item.id, item, hit: null })) };
  }
  const result = await api.search.query({
    query: request.query,
    filters: toSearchFilters(request.filters),
    sort: toSearchSort(request.sort),
    offset,
    limit: size,
  });
  // Hits carry only what was highlighted; the date, category and markers come from the catalogue.
  const items = await Promise.all(
    result.hits.map((hit) => api.articles.get({ id: hit.id }).catch(() => null)),
  );
  return {
    total: result.total,
    rows: result.hits.map((hit, i) => {
      const full = items[i];
      const item = full ? (({ body: _body, ...meta }) => meta)(full) : null;
      return { id: hit.id, item, hit };
    }),
  };
}
