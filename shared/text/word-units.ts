/** A word character as every word splitter here sees it: letter, combining mark or digit. */
const WORD_CODE_POINT = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * Per BMP unit: 1 a word character, 2 not one, 0 not looked at yet. Hot loops over folded text
 * ask this per unit, and a regex test per unit (with its one-character string) cost more than
 * the rest of the loop.
 */
const wordUnits = new Uint8Array(0x10000);

/** Whether a UTF-16 unit is a word character (a lone surrogate is not). */
export function isWordUnit(unit: number): boolean {
  if (wordUnits[unit] === 0)
    wordUnits[unit] = WORD_CODE_POINT.test(String.fromCharCode(unit)) ? 1 : 2;
  return wordUnits[unit] === 1;
}

/** Whether a code point (astral ones too) is a word character. */
export function isWordCodePoint(cp: number): boolean {
  return cp > 0xffff ? WORD_CODE_POINT.test(String.fromCodePoint(cp)) : isWordUnit(cp);
}
