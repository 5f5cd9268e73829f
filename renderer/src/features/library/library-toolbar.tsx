import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '../search/filter-panel';
import { IndexProgress } from '../search/index-progress';
import { SearchBox } from '../search/search-box';
import { useLibraryStore } from './library-store';
import { activeFilterCount, type LibrarySort } from './list-filters';
import { ImportSlot } from './import-slot';
import { CompileButton } from '../citations/compile-button';

const LIST_SORTS: LibrarySort[] = ['date-desc', 'date-asc', 'title-asc'];
const SEARCH_SORTS: LibrarySort[] = ['relevance', 'date-desc', 'date-asc'];

/** Search, sort, filters and import above the list. */
export function LibraryToolbar() {
  const { t, i18n } = useTranslation('library');
  const { t: ts } = useTranslation('search');
  const state = useLibraryStore();
  const [showFilters, setShowFilters] = useState(false);
  const searching = state.query.trim() !== '';
  const filterCount = activeFilterCount(state.filters);
  const number = new Intl.NumberFormat(i18n.language);
  const sites = useSites();
  return (
    <div className="library-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="library-toolbar__row">
        <SearchBox value={state.query} onSearch={state.setQuery} />
        <select
          aria-label={t('sort.label')}
          value={state.sort}
          onChange={(event) => state.setSort(event.target.value as LibrarySort)}
        >
          {(searching ? SEARCH_SORTS : LIST_SORTS).map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
        {searching && state.sort === 'relevance' && (
          <button
            type="button"
            className="library-toolbar__newest"
            onClick={() => state.setSort('date-desc')}
          >
            {t('sort.newestInstead')}
          </button>
        )}
        <button
          type="button"
          aria-expanded={showFilters}
          aria-controls="library-filters"
          onClick={() => setShowFilters(!showFilters)}
        >
          {filterCount > 0 ? ts('filters.active', { count: filterCount }) : ts('filters.toggle')}
        </button>
        <CompileButton />
        <ImportSlot />
      </div>
      {showFilters && (
        <div id="library-filters">
          <FilterPanel
            filters={state.filters}
            categories={state.categories}
            sites={sites}
            onChange={state.setFilters}
            onClear={state.clearFilters}
          />
        </div>
      )}
      <IndexProgress />
      <p className="library-toolbar__count" aria-live="polite">
        {searching
          ? ts('results.count', { count: state.total, formatted: number.format(state.total) })
          : filterCount > 0 && state.archiveTotal !== null
            ? t('list.totalFiltered', {
                count: state.total,
                all: number.format(state.archiveTotal),
              })
            : t('list.total', { count: state.total })}
      </p>
    </div>
  );
}

/** Sites seen in the loaded rows: the archive has no list of sites, and a handful of portals is the norm. */
function useSites(): string[] {
  const pages = useLibraryStore((state) => state.pages);
  const current = useLibraryStore((state) => state.filters.site);
  const sites = new Set<string>(current ? [current] : []);
  for (const rows of pages.values())
    for (const row of rows) if (row.item?.site) sites.add(row.item.site);
  return [...sites].sort((a, b) => a.localeCompare(b, 'vi'));
}
