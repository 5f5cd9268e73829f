export { PasteCleaner, PASTE_CLEANER_KEY } from './paste-cleaner';
export type { PasteCleanerOptions } from './paste-cleaner';
