import type { settings as vi } from '../vi/settings';

export const settings: typeof vi = {
  title: 'Settings',
  language: { label: 'Interface language', vi: 'Tiếng Việt', en: 'English' },
  reader: {
    heading: 'Reading view',
    fontSize: 'Font size',
    lineHeight: 'Line height',
    contentWidth: 'Content width',
    fontFamily: 'Font',
    fonts: { serif: 'Serif (Noto Serif)', sans: 'Sans serif (Noto Sans)' },
    theme: 'Theme',
    themes: { light: 'Light', sepia: 'Sepia', dark: 'Dark', system: 'Follow system' },
    reset: 'Reset to defaults',
  },
  archive: { heading: 'Archive', location: 'Archive folder' },
  saved: 'Saved',
};
