import { useTranslation } from 'react-i18next';
import './citations.css';

/** The status bar's switch for the "Tin bài" panel. */
export function ArticlesPanelToggle({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const { t } = useTranslation('citations');
  return (
    <button type="button" className="status-bar__button" aria-pressed={open} onClick={onToggle}>
      {t('panel.toggle')}
    </button>
  );
}
