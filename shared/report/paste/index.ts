export { cleanPastedHtml, htmlToDoc, pastedHtmlToDoc } from './paste-html';
export type { CleanedPaste, PasteEnv, PasteOptions } from './paste-html';
export { PASTE_LIMITS } from './paste-limits';
