import { useTranslation } from 'react-i18next';
import { CITATION_STYLES, FONT_SIZE, LANGUAGES, type Language } from '../../../../shared/settings';
import { AppearancePanel } from '../reader/appearance-panel';
import { FontSizeControl } from '../reader/font-size-control';
import { saveDiagnostics } from './save-diagnostics';
import { useSettingsStore } from './settings-store';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const settings = useSettingsStore((state) => state.settings);
  const update = useSettingsStore((state) => state.update);
  const resetReader = useSettingsStore((state) => state.resetReader);
  const error = useSettingsStore((state) => state.error);
  const stepFont = (direction: 1 | -1) => {
    const next = settings.reader.fontSize + direction * FONT_SIZE.STEP;
    void update({ reader: { fontSize: Math.min(FONT_SIZE.MAX, Math.max(FONT_SIZE.MIN, next)) } });
  };
  return (
    <section className="page settings-page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('title')}</h1>
      <div className="field">
        <label htmlFor="settings-language">{t('language.label')}</label>
        <select
          id="settings-language"
          value={settings.language}
          onChange={(event) => void update({ language: event.target.value as Language })}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <h2>{t('reader.heading')}</h2>
      <div className="settings-page__reader">
        <FontSizeControl size={settings.reader.fontSize} onStep={stepFont} />
        <AppearancePanel
          settings={settings.reader}
          onChange={(patch) => void update({ reader: patch })}
          onReset={() => void resetReader()}
        />
      </div>
      <h2>{t('editor.heading')}</h2>
      <fieldset className="field">
        <legend>{t('editor.citationStyle.label')}</legend>
        {CITATION_STYLES.map((style) => (
          <label key={style} className="radio-row">
            <input
              type="radio"
              name="citation-style"
              value={style}
              checked={settings.editor.citationStyle === style}
              onChange={() => void update({ editor: { citationStyle: style } })}
            />
            {t(`editor.citationStyle.${style}`)}
          </label>
        ))}
      </fieldset>
      <h2>{t('diagnostics.heading')}</h2>
      <p className="settings-page__hint">{t('diagnostics.text')}</p>
      <button type="button" onClick={() => void saveDiagnostics()}>
        {t('diagnostics.button')}
      </button>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
