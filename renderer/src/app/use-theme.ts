import { useEffect } from 'react';
import { useSettingsStore } from '../features/settings/settings-store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Puts the chosen theme on <html data-theme>; "system" follows the OS and its later changes. */
export function useTheme(): void {
  const theme = useSettingsStore((state) => state.settings.reader.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme !== 'system') {
      root.dataset.theme = theme;
      return;
    }
    const media = window.matchMedia(DARK_QUERY);
    const apply = () => (root.dataset.theme = media.matches ? 'dark' : 'light');
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
