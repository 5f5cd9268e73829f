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
        aria-label={t('fontSize.smaller')}
        title={`${t('fontSize.smaller')} (Ctrl −)`}
        disabled={size <= FONT_SIZE.MIN}
        onClick={() => onStep(-1)}
      >
        A−
      </button>
      <output className="font-size__value" aria-live="polite" aria-label={t('fontSize.label')}>
        {t('fontSize.current', { size })}
      </output>
      <button
        type="button"
        className="font-size__button font-size__button--larger"
        aria-label={t('fontSize.larger')}
        title={`${t('fontSize.larger')} (Ctrl +)`}
        disabled={size >= FONT_SIZE.MAX}
        onClick={() => onStep(1)}
      >
        A+
      </button>
    </div>
  );
}
