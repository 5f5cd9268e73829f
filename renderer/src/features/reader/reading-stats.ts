import { FONT_SIZE } from '../../../../shared/settings';

/**
 * Vietnamese words are single syllables; a reader takes in about 250 of them a minute in
 * news prose, so a 1,000-syllable article is about four minutes.
 */
const SYLLABLES_PER_MINUTE = 250;

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / SYLLABLES_PER_MINUTE));
}

/** The next font size one step up or down, kept within the allowed range. */
export function stepFontSize(size: number, direction: 1 | -1): number {
  const next = size + direction * FONT_SIZE.STEP;
  return Math.min(FONT_SIZE.MAX, Math.max(FONT_SIZE.MIN, next));
}
