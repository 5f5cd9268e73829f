export { SpellMenu } from './spell-menu';
export { SpellCheckToggle } from './spell-check-toggle';
export { useSpellCheckSettings } from './use-spell-check-settings';
