import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/settings';
import { useSettingsStore } from './settings-store';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const language = useSettingsStore((state) => state.settings.language);
  const update = useSettingsStore((state) => state.update);
  const error = useSettingsStore((state) => state.error);
  return (
    <section className="page settings-page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('title')}</h1>
      <div className="field">
        <label htmlFor="settings-language">{t('language.label')}</label>
        <select
          id="settings-language"
          value={language}
          onChange={(event) => void update({ language: event.target.value as Language })}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
