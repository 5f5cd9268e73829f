import type { settings as vi } from '../vi/settings';

export const settings: typeof vi = {
  title: 'Settings',
  language: { label: 'Interface language', vi: 'Tiếng Việt', en: 'English' },
  reader: { heading: 'Reading view' },
  editor: {
    heading: 'Report drafting',
    citationStyle: {
      label: 'Article citations',
      inline: 'Inline: (Nguồn: …)',
      footnote: 'Footnotes when exporting to Word',
    },
  },
};
