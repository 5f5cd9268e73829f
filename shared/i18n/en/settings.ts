import type { settings as vi } from '../vi/settings';

export const settings: typeof vi = {
  title: 'Settings',
  language: { label: 'Interface language', vi: 'Tiếng Việt', en: 'English' },
  reader: { heading: 'Reading view' },
};
