import { useTranslation } from 'react-i18next';
import { CategoryList } from '../features/library/category-list';
import { SECTIONS, useNavigationStore } from './navigation-store';

export function Sidebar() {
  const { t } = useTranslation();
  const section = useNavigationStore((state) => state.section);
  const go = useNavigationStore((state) => state.go);
  return (
    <aside className="sidebar">
      <nav aria-label={t('appName')}>
        <div className="sidebar__brand">{t('appName')}</div>
        <ul className="sidebar__list">
          {SECTIONS.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="sidebar__item"
                aria-current={section === id ? 'page' : undefined}
                onClick={() => go(id)}
              >
                {t(`nav.${id}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'library' && <CategoryList />}
    </aside>
  );
}
