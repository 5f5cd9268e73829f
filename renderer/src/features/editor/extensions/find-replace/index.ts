export { FindReplace, FIND_KEY, findState } from './find-replace';
export type { FindState } from './find-replace';
export { findMatches } from './find-matches';
export type { FindRange, FindOptions } from './find-matches';
