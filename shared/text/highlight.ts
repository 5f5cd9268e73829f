import { findPhrases } from './find-phrases';
import { parseQuery, type ParsedQuery, type QueryTerm } from './search-query';
import { foldWithOffsets, toOriginalRange } from './vietnamese';

/** A [start, end) range of UTF-16 offsets into the original (unfolded) string. */
export type Range = [number, number];

export type Snippet = { snippet: string; highlights: Range[] };

/**
 * `alignedFold(text)` when the caller has it, or a function giving it for `text.slice(0, end)`
 * (undefined: fold here): a snippet mostly needs the first 1,500 characters folded only.
 */
export type AlignedFold = string | ((end: number) => string | undefined);

const DEFAULT_SNIPPET_LENGTH = 220;
/** How much text to keep before the first match, so it is read in context. */
const SNIPPET_LEAD_IN = 50;
const ELLIPSIS = '…';
/** How much of a body is searched for the snippet's window before falling back to all of it. */
const FIRST_SCAN = 1_500;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** Whole-word (or, for the word being typed, word-start) occurrences of one term, by indexOf: no word list needed. */
function findTerm(folded: string, term: QueryTerm, found: [number, number][]): void {
  const length = term.folded.length;
  if (length === 0) return;
  for (let at = folded.indexOf(term.folded); at >= 0; at = folded.indexOf(term.folded, at + 1)) {
    if (isWordChar(folded[at - 1])) continue;
    let end = at + length;
    if (term.prefix) while (isWordChar(folded[end])) end++;
    else if (isWordChar(folded[end])) continue;
    found.push([at, end]);
  }
}

/**
 * Every match of the query in `text`, as sorted, non-overlapping ranges of the ORIGINAL string
 * (NFC or NFD alike). Words match on their folded form, as the index does; quoted phrases are
 * highlighted only where their words stand together. The reader steps through these ranges.
 */
export function highlightRanges(
  text: string,
  query: string | ParsedQuery,
  /** `alignedFold(text)`, when the caller already has it. */
  aligned?: string,
): Range[] {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  if (parsed.terms.length === 0 || text.length === 0) return [];
  const folded = foldWithOffsets(text, aligned);
  const inPhrase = new Set(parsed.phrases.flat());
  const inFolded: [number, number][] = [];
  for (const term of parsed.terms) if (!inPhrase.has(term)) findTerm(folded.folded, term, inFolded);
  if (parsed.phrases.length > 0) findPhrases(folded.folded, parsed.phrases, inFolded);
  return mergeRanges(inFolded.map(([start, end]) => toOriginalRange(folded, start, end)));
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Start of the window holding the most matches within `length` characters. */
function bestWindowStart(ranges: Range[], length: number): number {
  let best = 0;
  let bestCount = 0;
  let j = 0;
  for (let i = 0; i < ranges.length; i++) {
    const windowEnd = ranges[i]![0] - SNIPPET_LEAD_IN + length;
    j = Math.max(j, i);
    while (j < ranges.length && ranges[j]![1] <= windowEnd) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = i;
    }
  }
  return ranges.length > 0 ? Math.max(0, ranges[best]![0] - SNIPPET_LEAD_IN) : 0;
}

/** Moves a cut forward to the next word start (or back, for an end) so no word is split. */
function snapToWord(text: string, at: number, direction: 1 | -1): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  let i = at;
  const limit = 30;
  while (Math.abs(i - at) < limit && i > 0 && i < text.length && !/\s/.test(text[i - 1]!))
    i += direction;
  return /\s/.test(text[i - 1] ?? ' ') ? i : at;
}

/** Whether a UTF-16 unit is whitespace as `/\s/` sees it (spares a one-character string per unit). */
export function isSpaceUnit(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

const WHITESPACE_RUNS = /\s+/g;

/**
 * Collapses runs of whitespace (paragraph breaks) to one space, moving the ranges with the text.
 * The text is built by one replace, not a character at a time: appending to a string and asking
 * `endsWith` of it flattened the growing string on every character, ~2 MB of garbage a page of
 * snippets.
 */
export function collapseWhitespace(text: string, ranges: Range[]): Snippet {
  const newIndex = new Int32Array(text.length + 1);
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    newIndex[i] = length;
    const space = isSpaceUnit(text.charCodeAt(i));
    if (!space || !inSpace) length++;
    inSpace = space;
  }
  newIndex[text.length] = length;
  const highlights = ranges
    .map(([s, e]): Range => [newIndex[s]!, newIndex[e]!])
    .filter(([s, e]) => e > s);
  return { snippet: text.replace(WHITESPACE_RUNS, ' '), highlights };
}

/**
 * A window of `text` around its densest cluster of matches, with the matches' ranges relative
 * to the snippet. With no match it is the start of the text.
 */
export function buildSnippet(
  text: string,
  query: string | ParsedQuery,
  length = DEFAULT_SNIPPET_LENGTH,
  /** The body's aligned fold, when the caller has it (spares folding the body again). */
  aligned?: AlignedFold,
): Snippet {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  const foldTo = (end: number) =>
    typeof aligned === 'function' ? aligned(end) : aligned?.slice(0, end);
  // A result list needs one good window, not every match of a long body: look near the start
  // first (cut at a space so no word is split) and scan the whole text only if that finds nothing.
  const cut = text.length > FIRST_SCAN ? text.lastIndexOf(' ', FIRST_SCAN) : -1;
  const early = cut > 0 ? highlightRanges(text.slice(0, cut), parsed, foldTo(cut)) : [];
  const ranges = early.length > 0 ? early : highlightRanges(text, parsed, foldTo(text.length));
  const start = snapToWord(text, bestWindowStart(ranges, length), 1);
  const end = snapToWord(text, Math.min(text.length, start + length), -1);
  const inside = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Range => [s - start, e - start]);
  const body = collapseWhitespace(text.slice(start, end), inside);
  const trimmedStart = body.snippet.length - body.snippet.trimStart().length;
  const core = body.snippet.trim();
  const before = start > 0 ? ELLIPSIS : '';
  const after = end < text.length ? ELLIPSIS : '';
  const shift = before.length - trimmedStart;
  return {
    snippet: before + core + after,
    highlights: body.highlights
      .map(([s, e]): Range => [s + shift, e + shift])
      .filter(([s, e]) => s >= before.length && e <= before.length + core.length),
  };
}
