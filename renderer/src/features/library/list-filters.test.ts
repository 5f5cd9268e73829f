import { describe, expect, it } from 'vitest';
import { activeFilterCount, toListQuery, toSearchFilters, toSearchSort } from './list-filters';

describe('the library filters as the archive and the search understand them', () => {
  it('counts only the filters that are set', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ from: '2024-10-01', starred: true, read: false })).toBe(3);
  });

  it('passes every filter and the page to the list query', () => {
    expect(toListQuery({ categoryId: 'c1', site: 'Báo tỉnh' }, 'title-asc', 400, 200)).toEqual({
      categoryId: 'c1',
      site: 'Báo tỉnh',
      sort: 'title-asc',
      offset: 400,
      limit: 200,
    });
  });

  it('lists by date when the relevance sort is left over from a search', () => {
    expect(toListQuery({}, 'relevance', 0, 10).sort).toBe('date-desc');
  });

  it('leaves "uncategorized" out of a search, which has no such filter, and keeps the rest', () => {
    expect(toSearchFilters({ categoryId: null, from: '2024-01-01', read: false })).toEqual({
      from: '2024-01-01',
      read: false,
    });
    expect(toSearchFilters({ categoryId: 'c2' })).toEqual({ categoryId: 'c2' });
  });

  it('ranks search results by relevance unless a date order was chosen', () => {
    expect(toSearchSort('title-asc')).toBe('relevance');
    expect(toSearchSort('date-asc')).toBe('date-asc');
  });
});
