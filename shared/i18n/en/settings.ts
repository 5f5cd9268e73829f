import type { settings as vi } from '../vi/settings';

export const settings: typeof vi = {
  title: 'Settings',
  language: { label: 'Interface language', vi: 'Tiếng Việt', en: 'English' },
  reader: { heading: 'Reading view' },
  diagnostics: {
    heading: 'Technical support',
    text: 'Save one .zip with the activity log, the software versions and the archive figures, to send to IT. It holds no article or report text, no search words and no file names.',
    button: 'Save diagnostic information',
    saved: 'Diagnostic information saved: {{fileName}}',
  },
  editor: {
    heading: 'Report drafting',
    citationStyle: {
      label: 'Article citations',
      inline: 'Inline: (Nguồn: …)',
      footnote: 'Footnotes when exporting to Word',
    },
  },
};
