import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/navigation-store';
import { useLibraryStore } from './library-store';
import { EmptyTrash } from './empty-trash';

/** The categories with their counts, in the app's sidebar; choosing one filters the list. */
export function CategoryList() {
  const { t, i18n } = useTranslation('library');
  const categories = useLibraryStore((state) => state.categories);
  const archiveTotal = useLibraryStore((state) => state.archiveTotal);
  const current = useLibraryStore((state) => state.filters.categoryId);
  const setFilters = useLibraryStore((state) => state.setFilters);
  const loadCategories = useLibraryStore((state) => state.loadCategories);
  const closeArticle = useNavigationStore((state) => state.closeArticle);
  useEffect(() => void loadCategories(), [loadCategories]);
  const number = new Intl.NumberFormat(i18n.language);
  const choose = (categoryId: string | undefined) => {
    closeArticle();
    setFilters({ categoryId });
  };
  const sorted = [...categories].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return (
    <section className="categories" aria-labelledby="categories-heading">
      <h2 id="categories-heading" className="categories__heading">
        {t('categories.heading')}
      </h2>
      <ul className="categories__list">
        <li>
          <button
            type="button"
            className="categories__item"
            aria-pressed={current === undefined}
            onClick={() => choose(undefined)}
          >
            <span className="categories__name">{t('categories.all')}</span>
            <span className="categories__count">
              {archiveTotal === null ? '' : number.format(archiveTotal)}
            </span>
          </button>
        </li>
        {sorted.map((category) => (
          <li key={category.id}>
            <button
              type="button"
              className="categories__item"
              aria-pressed={current === category.id}
              onClick={() => choose(category.id)}
            >
              {/* The name said is the name seen (WCAG 2.5.3): "Cải cách hành chính 109 tin". */}
              <span className="categories__name">{category.name}</span>{' '}
              <span className="categories__count">{number.format(category.count)}</span>
              <span className="visually-hidden"> {t('categories.unit')}</span>
            </button>
          </li>
        ))}
      </ul>
      <EmptyTrash />
    </section>
  );
}
