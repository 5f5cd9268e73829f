import { useTranslation } from 'react-i18next';
import {
  CONTENT_WIDTH,
  LINE_HEIGHT,
  READER_FONTS,
  THEMES,
  type ReaderSettings,
} from '../../../../shared/settings';

type Props = {
  settings: ReaderSettings;
  onChange(patch: Partial<ReaderSettings>): void;
  onReset(): void;
};

/** Line height, width, font and theme; every change is saved to settings.json and applies to every article. */
export function AppearancePanel({ settings, onChange, onReset }: Props) {
  const { t } = useTranslation('reader');
  return (
    <div className="appearance" role="group" aria-label={t('appearance.heading')}>
      <label className="appearance__field">
        <span>
          {t('appearance.lineHeight')} <output>{settings.lineHeight.toFixed(1)}</output>
        </span>
        <input
          type="range"
          min={LINE_HEIGHT.MIN}
          max={LINE_HEIGHT.MAX}
          step={LINE_HEIGHT.STEP}
          value={settings.lineHeight}
          onChange={(event) =>
            onChange({ lineHeight: Math.round(Number(event.target.value) * 10) / 10 })
          }
        />
      </label>
      <label className="appearance__field">
        <span>
          {t('appearance.contentWidth')} <output>{settings.contentWidth} px</output>
        </span>
        <input
          type="range"
          min={CONTENT_WIDTH.MIN}
          max={CONTENT_WIDTH.MAX}
          step={CONTENT_WIDTH.STEP}
          value={settings.contentWidth}
          onChange={(event) => onChange({ contentWidth: Number(event.target.value) })}
        />
      </label>
      <fieldset className="appearance__choices">
        <legend>{t('appearance.fontFamily')}</legend>
        {READER_FONTS.map((font) => (
          <label key={font} className={`appearance__choice appearance__choice--${font}`}>
            <input
              type="radio"
              name="reader-font"
              checked={settings.fontFamily === font}
              onChange={() => onChange({ fontFamily: font })}
            />
            {t(`appearance.fonts.${font}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="appearance__choices">
        <legend>{t('appearance.theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} className={`appearance__choice appearance__swatch--${theme}`}>
            <input
              type="radio"
              name="reader-theme"
              checked={settings.theme === theme}
              onChange={() => onChange({ theme })}
            />
            {t(`appearance.themes.${theme}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="button--quiet" onClick={onReset}>
        {t('appearance.reset')}
      </button>
    </div>
  );
}
