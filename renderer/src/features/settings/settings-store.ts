import { create } from 'zustand';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../../shared/settings';
import { api } from '../../platform/api';
import { applyLanguage } from '../../i18n/i18n';

type SettingsState = {
  settings: Settings;
  loaded: boolean;
  error: string | null;
  load(): Promise<Settings>;
  update(patch: SettingsPatch): Promise<void>;
  resetReader(): Promise<void>;
  /** Applies settings changed elsewhere (another window, the menu) without a round trip. */
  receive(settings: Settings): void;
};

/** Preferences live in main's settings.json; this store mirrors them and writes through `api`. */
export const useSettingsStore = create<SettingsState>((set, get) => ({
  settings: DEFAULT_SETTINGS,
  loaded: false,
  error: null,
  async load() {
    const settings = await api.settings.get();
    set({ settings, loaded: true });
    return settings;
  },
  async update(patch) {
    const previous = get().settings;
    // Optimistic: the reader reacts at once; a refused write puts the old value back.
    set({
      settings: {
        ...previous,
        ...(patch.language ? { language: patch.language } : {}),
        reader: { ...previous.reader, ...patch.reader },
        editor: { ...previous.editor, ...patch.editor },
      },
    });
    if (patch.language) void applyLanguage(patch.language);
    try {
      get().receive(await api.settings.set(patch));
    } catch (error) {
      set({ settings: previous, error: (error as Error).message });
    }
  },
  async resetReader() {
    get().receive(await api.settings.reset({ section: 'reader' }));
  },
  receive(settings) {
    set({ settings, error: null });
    void applyLanguage(settings.language);
  },
}));

export const selectLanguage = (state: SettingsState) => state.settings.language;
export const selectReaderSettings = (state: SettingsState) => state.settings.reader;
export const selectEditorSettings = (state: SettingsState) => state.settings.editor;
