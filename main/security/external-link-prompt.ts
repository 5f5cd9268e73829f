import { resources } from '../../shared/i18n/resources';
import type { Language } from '../../shared/settings';
import { fill } from '../menu-template';

/**
 * The confirmation shown before any link leaves the app, as options for Electron's
 * `dialog.showMessageBox`. "Cancel" is the default and the Escape answer, so a stray Enter
 * never opens the browser; the full URL is shown so the user sees where it goes.
 */
export function externalLinkPrompt(url: string, language: Language) {
  const t = resources[language].common;
  return {
    type: 'question' as const,
    title: t.externalLink.title,
    message: t.externalLink.title,
    detail: fill(t.externalLink.body, { url }),
    buttons: [t.externalLink.open, t.actions.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** Index of the button in `externalLinkPrompt` that means "open it". */
export const OPEN_BUTTON = 0;
