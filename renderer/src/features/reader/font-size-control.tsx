import { useTranslation } from 'react-i18next';
import { FONT_SIZE } from '../../../../shared/settings';

type Props = { size: number; onStep(direction: 1 | -1): void };

/** "Cỡ chữ A A" as on the portal: a small A to shrink, a large A to grow, the size between. */
export function FontSizeControl({ size, onStep }: Props) {
  const { t } = useTranslation('reader');
  return (
    <div className="font-size" role="group" aria-label={t('fontSize.label')}>
      <span className="font-size__label" aria-hidden="true">
        {t('fontSize.label')}
      </span>
      <button
        type="button"
        className="font-size__button font-size__button--smaller"
        title={`${t('fontSize.smaller')} (Ctrl −)`}
        disabled={size <= FONT_SIZE.MIN}
        onClick={() => onStep(-1)}
      >
        {/* Named by what it shows, then what it does (WCAG 2.5.3): "A− Giảm cỡ chữ". */}
        A−<span className="visually-hidden"> {t('fontSize.smaller')}</span>
      </button>
      <output className="font-size__value" aria-live="polite" aria-label={t('fontSize.label')}>
        {t('fontSize.current', { size })}
      </output>
      <button
        type="button"
        className="font-size__button font-size__button--larger"
        title={`${t('fontSize.larger')} (Ctrl +)`}
        disabled={size >= FONT_SIZE.MAX}
        onClick={() => onStep(1)}
      >
        A+<span className="visually-hidden"> {t('fontSize.larger')}</span>
      </button>
    </div>
  );
}
