import type { spellcheck as vi } from '../vi/spellcheck';

export const spellcheck: typeof vi = {
  toggle: 'Spell check',
  on: 'Spelling: on',
  off: 'Spelling: off',
  menu: 'Spelling suggestions for “{{word}}”',
  loading: 'Looking for suggestions…',
  none: '(No suggestions)',
  addToDictionary: 'Add to dictionary',
};
