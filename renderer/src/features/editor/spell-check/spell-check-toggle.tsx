import { useTranslation } from 'react-i18next';
import { selectEditorSettings, useSettingsStore } from '../../settings/settings-store';
import { setSpellCheckOn } from './use-spell-check-settings';

/** The status bar's spell-check switch (settings.editor.spellcheck). */
export function SpellCheckToggle() {
  const { t } = useTranslation('spellcheck');
  const on = useSettingsStore(selectEditorSettings).spellcheck;
  return (
    <button
      type="button"
      className="spell-toggle"
      aria-pressed={on}
      title={t('toggle')}
      data-testid="spellcheck-toggle"
      onClick={() => void setSpellCheckOn(!on)}
    >
      {on ? t('on') : t('off')}
    </button>
  );
}
