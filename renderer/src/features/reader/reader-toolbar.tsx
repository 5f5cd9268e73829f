import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReaderSettings } from '../../../../shared/settings';
import { AppearancePanel } from './appearance-panel';

type Props = {
  starred: boolean;
  settings: ReaderSettings;
  onBack(): void;
  onNeighbour(direction: 1 | -1): void;
  onChangeSettings(patch: Partial<ReaderSettings>): void;
  onResetSettings(): void;
  onFind(): void;
  onToggleStar(): void;
  onEdit(): void;
  onPrint(): void;
  onDelete(): void;
  /** "Cỡ chữ A− A+", always in reach while the article scrolls. */
  fontSize: ReactNode;
};

/** The bar above the article; it stays put while the article scrolls and is not printed. */
export function ReaderToolbar(props: Props) {
  const { t } = useTranslation('reader');
  const [showAppearance, setShowAppearance] = useState(false);
  return (
    <div className="reader-toolbar" role="toolbar" aria-label={t('toolbar')}>
      <button type="button" className="button--quiet" onClick={props.onBack}>
        ← {t('back')}
      </button>
      <div className="reader-toolbar__group">
        <button
          type="button"
          className="button--icon"
          aria-label={t('previous')}
          title={`${t('previous')} (K)`}
          onClick={() => props.onNeighbour(-1)}
        >
          ‹
        </button>
        <button
          type="button"
          className="button--icon"
          aria-label={t('next')}
          title={`${t('next')} (J)`}
          onClick={() => props.onNeighbour(1)}
        >
          ›
        </button>
      </div>
      <span className="reader-toolbar__spacer" />
      {props.fontSize}
      <span className="reader-toolbar__divider" aria-hidden="true" />
      <button
        type="button"
        className="button--quiet"
        onClick={props.onFind}
        title={`${t('search:find.label')} (Ctrl+F)`}
      >
        {t('search:find.label')}
      </button>
      <button
        type="button"
        className="button--quiet"
        aria-pressed={props.starred}
        onClick={props.onToggleStar}
      >
        {props.starred ? `★ ${t('unstar')}` : `☆ ${t('star')}`}
      </button>
      <button type="button" className="button--quiet" onClick={props.onEdit}>
        {t('edit')}
      </button>
      <button
        type="button"
        className="button--quiet"
        onClick={props.onPrint}
        title={`${t('print')} (Ctrl+P)`}
      >
        {t('print')}
      </button>
      <button type="button" className="button--quiet button--danger-text" onClick={props.onDelete}>
        {t('delete')}
      </button>
      <div className="reader-toolbar__popover-anchor">
        <button
          type="button"
          className="reader-toolbar__appearance"
          aria-label={t('appearance.open')}
          title={t('appearance.open')}
          aria-expanded={showAppearance}
          aria-controls="reader-appearance"
          onClick={() => setShowAppearance(!showAppearance)}
        >
          <span aria-hidden="true">Aa</span>
        </button>
        {showAppearance && (
          <div
            id="reader-appearance"
            className="popover"
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              // Handled here: Escape must close the panel, not leave the article.
              event.preventDefault();
              setShowAppearance(false);
            }}
          >
            <AppearancePanel
              settings={props.settings}
              onChange={props.onChangeSettings}
              onReset={props.onResetSettings}
            />
          </div>
        )}
      </div>
    </div>
  );
}
