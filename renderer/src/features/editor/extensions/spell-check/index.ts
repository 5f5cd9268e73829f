export { SpellCheck, onSpellMenu, spellCheckEnabled } from './spell-check';
export type { SpellMenuRequest } from './spell-check';
export { SPELL_ERROR_CLASS } from './spell-check-plugin';
export { createSpellChecker } from './spell-checker';
export { createLocalSpellService, type SpellService } from './spell-service';
