import { useTranslation } from 'react-i18next';

export const ZOOM = { MIN: 50, MAX: 200, STEP: 10 } as const;

/** Page view zoom, 50–200 %. */
export function ZoomControl({ zoom, onZoom }: { zoom: number; onZoom(zoom: number): void }) {
  const { t } = useTranslation('layout');
  return (
    <label className="zoom-control">
      {t('page.zoom')}{' '}
      <input
        type="range"
        min={ZOOM.MIN}
        max={ZOOM.MAX}
        step={ZOOM.STEP}
        value={zoom}
        onChange={(event) => onZoom(Number(event.target.value))}
      />{' '}
      <output>{zoom}%</output>
    </label>
  );
}
