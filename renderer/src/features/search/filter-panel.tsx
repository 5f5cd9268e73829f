import { useTranslation } from 'react-i18next';
import type { LibraryFilters } from '../library/list-filters';
import { DateField } from './date-field';

type Props = {
  filters: LibraryFilters;
  categories: { id: string; name: string }[];
  sites: string[];
  onChange(patch: Partial<LibraryFilters>): void;
  onClear(): void;
};

type ReadChoice = 'any' | 'read' | 'unread';

/** The filters that narrow the list and the search alike. */
export function FilterPanel({ filters, categories, sites, onChange, onClear }: Props) {
  const { t } = useTranslation('search');
  const readChoice: ReadChoice =
    filters.read === undefined ? 'any' : filters.read ? 'read' : 'unread';
  return (
    <fieldset className="filter-panel">
      <legend className="visually-hidden">{t('filters.label')}</legend>
      <div className="filter-panel__field">
        <label htmlFor="filter-category">{t('filters.category')}</label>
        <select
          id="filter-category"
          value={filters.categoryId ?? ''}
          onChange={(event) => onChange({ categoryId: event.target.value || undefined })}
        >
          <option value="">{t('filters.anyCategory')}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <DateField
        label={t('filters.from')}
        value={filters.from}
        onChange={(from) => onChange({ from })}
      />
      <DateField label={t('filters.to')} value={filters.to} onChange={(to) => onChange({ to })} />
      <div className="filter-panel__field">
        <label htmlFor="filter-site">{t('filters.site')}</label>
        <select
          id="filter-site"
          value={filters.site ?? ''}
          onChange={(event) => onChange({ site: event.target.value || undefined })}
        >
          <option value="">{t('filters.anySite')}</option>
          {sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-panel__field">
        <label htmlFor="filter-read">{t('filters.read')}</label>
        <select
          id="filter-read"
          value={readChoice}
          onChange={(event) => {
            const choice = event.target.value as ReadChoice;
            onChange({ read: choice === 'any' ? undefined : choice === 'read' });
          }}
        >
          <option value="any">{t('filters.readAny')}</option>
          <option value="unread">{t('filters.unreadOnly')}</option>
          <option value="read">{t('filters.readOnly')}</option>
        </select>
      </div>
      <label className="filter-panel__check">
        <input
          type="checkbox"
          checked={filters.starred === true}
          onChange={(event) => onChange({ starred: event.target.checked ? true : undefined })}
        />
        {t('filters.starredOnly')}
      </label>
      <button type="button" className="button--quiet" onClick={onClear}>
        {t('filters.clear')}
      </button>
    </fieldset>
  );
}
