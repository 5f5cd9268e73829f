/**
 * Vietnamese text normalization shared by the search index, queries and highlighting, in main
 * and in the renderer (so: no Node APIs).
 *
 * Three views of a word:
 * - NFC (`toNfc`): how text is stored and shown.
 * - folded (`foldVietnamese`): lower case, every mark removed, đ→d. "Hội nghị" → "hoi nghi".
 *   This is the "không dấu" match key.
 * - marked key (`markedKey`): lower case, vowel shapes (â ă ê ô ơ ư đ) kept, the tone moved
 *   to the end of the syllable. Old- and new-style placement ("hoà"/"hòa", "Uỷ"/"Ủy",
 *   "khoẻ"/"khỏe") and NFD input all give the same key, so exact-mark matches can be ranked.
 */

/** The five tone marks as combining characters, each with its own stable code in marked keys. */
const TONE_CODES: Readonly<Record<string, string>> = {
  '\u0301': '1', // sắc
  '\u0300': '2', // huyền
  '\u0309': '3', // hỏi
  '\u0303': '4', // ngã
  '\u0323': '5', // nặng
};

/** Separates a syllable from its tone code; never produced by tokenization, so keys cannot collide with words. */
const TONE_SEPARATOR = ':';

const COMBINING_MARK = /\p{M}/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Lower case, every mark removed, đ→d: the key under which "hoi nghi" finds "Hội nghị". */
export function foldVietnamese(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARK, '').replace(/đ/g, 'd');
}

/** True when the word carries any Vietnamese mark (tone, vowel shape or đ), whatever its case. */
export function hasMarks(word: string): boolean {
  return foldVietnamese(word) !== word.toLowerCase().normalize('NFC');
}

/** Placement-independent key of one word: "Hoà", "hòa" and "hoa\u0300" all give "hoa:2". */
export function syllableKey(word: string): string {
  let tone = '';
  let base = '';
  for (const ch of word.toLowerCase().normalize('NFD')) {
    const code = TONE_CODES[ch];
    if (code) tone = code;
    else base += ch;
  }
  const nfcBase = base.normalize('NFC');
  return tone ? nfcBase + TONE_SEPARATOR + tone : nfcBase;
}

/** The marked key of a whole text: its words' syllable keys joined by single spaces. */
export function markedKey(text: string): string {
  return splitWords(text)
    .map((word) => syllableKey(word.text))
    .join(' ');
}

/** True when two texts are the same words with the same marks, whatever the tone placement, case or normal form. */
export function sameMarkedText(a: string, b: string): boolean {
  return markedKey(a) === markedKey(b);
}

export type Word = { text: string; start: number; end: number };

/**
 * Words of a text with their [start, end) offsets: runs of letters, combining marks and digits.
 * Marks count as word characters so an NFD word stays one word.
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** Folded words of a text, in order: what the index stores and what queries look up. */
export function foldedWords(text: string): string[] {
  return splitWords(foldVietnamese(text)).map((word) => word.text);
}

/**
 * A folded text with, for each folded UTF-16 unit, the [start, end) range it came from in the
 * original. Marks make the two differ in length (NFD "ộ" is three units, folded "o" is one),
 * so highlight ranges found in the folded text are mapped back through this.
 */
export type FoldedText = {
  original: string;
  folded: string;
  /** Per folded unit, where it starts and ends in the original; null when offsets are equal (most NFC text). */
  starts: number[] | null;
  ends: number[] | null;
};

const ANY_MARK = /\p{M}/u;

const charFoldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = charFoldCache.get(ch);
  if (folded === undefined) {
    folded = foldVietnamese(ch);
    charFoldCache.set(ch, folded);
  }
  return folded;
}

/**
 * The folded form of `original` when it folds one unit for one unit (no combining marks, no
 * unit folding to several), so offsets are equal; null otherwise. Lets a caller that keeps
 * folded text (the search text store) skip folding again.
 */
export function alignedFold(original: string, folded = foldVietnamese(original)): string | null {
  return folded.length === original.length && !ANY_MARK.test(original) ? folded : null;
}

export function foldWithOffsets(original: string, aligned?: string): FoldedText {
  if (aligned !== undefined && aligned.length === original.length)
    return { original, folded: aligned, starts: null, ends: null };
  // Without combining marks every unit folds to at least one unit, so equal lengths mean
  // each folds to exactly one: offsets are the same and the slow per-character walk is skipped.
  const quick = foldVietnamese(original);
  if (quick.length === original.length && !ANY_MARK.test(original)) {
    return { original, folded: quick, starts: null, ends: null };
  }
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const piece = foldChar(original.slice(i, i + len));
    if (piece.length === 0) {
      // A combining mark of NFD text: it belongs to the letter before it.
      if (ends.length > 0) ends[ends.length - 1] = i + len;
    } else {
      for (let k = 0; k < piece.length; k++) {
        starts.push(i);
        ends.push(i + len);
      }
      folded += piece;
    }
    i += len;
  }
  return { original, folded, starts, ends };
}

/** Maps a [start, end) range of the folded text to the range of the original it covers. */
export function toOriginalRange(text: FoldedText, start: number, end: number): [number, number] {
  const length = text.folded.length;
  if (!text.starts || !text.ends) {
    const from = Math.min(start, length);
    return [from, Math.max(from, Math.min(end, length))];
  }
  if (end <= start || start >= length) {
    const at = start < length ? (text.starts[start] ?? 0) : text.original.length;
    return [at, at];
  }
  const last = Math.min(end, length) - 1;
  return [text.starts[start] ?? 0, text.ends[last] ?? text.original.length];
}
