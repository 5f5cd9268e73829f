import type { QueryTerm } from './search-query';
import { isWordCodePoint } from './word-units';

/** A word matches a query term: the same folded word, or a longer one for the word being typed. */
function termMatches(term: QueryTerm, word: string): boolean {
  return word === term.folded || (term.prefix && word.startsWith(term.folded));
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/**
 * Whether no word code point ends just before `at` (a word of splitWords may start there; inside
 * a surrogate pair the unit at `at` reads as a lone surrogate, no word character, so none does).
 */
function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  const pair = isLowSurrogate(before) && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2));
  return !isWordCodePoint(pair ? text.codePointAt(at - 2)! : before);
}

/** End of the run of word code points from `at` (splitWords's word end). */
function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isWordCodePoint(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Start of the next word at or after `at`, or -1. */
function nextWordStart(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (isWordCodePoint(cp)) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** The end of `phrase` when its words stand one after another from the word starting at `at`, else -1. */
function phraseEnd(text: string, at: number, phrase: readonly QueryTerm[]): number {
  let start = at;
  let end = -1;
  for (let k = 0; k < phrase.length; k++) {
    if (k > 0) start = nextWordStart(text, end);
    if (start < 0) return -1;
    end = wordEnd(text, start);
    if (!termMatches(phrase[k]!, text.slice(start, end))) return -1;
  }
  return end;
}

/**
 * Occurrences of each phrase as adjacent words (punctuation between them allowed, as in
 * search), the words as splitWords finds them. Found from the first word's occurrences by
 * indexOf, walking on word by word from there: splitting a whole body into word objects made
 * ~4 MB of garbage a phrase query.
 */
export function findPhrases(
  folded: string,
  phrases: readonly (readonly QueryTerm[])[],
  found: [number, number][],
): void {
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    const first = phrase[0]!.folded;
    // An empty first word (no query makes one) would have indexOf answer every offset, past the end too.
    const next = (from: number) =>
      first === '' ? nextWordStart(folded, from) : folded.indexOf(first, from);
    for (let at = next(0); at >= 0; at = next(at + 1)) {
      if (!startsWord(folded, at)) continue;
      const end = phraseEnd(folded, at, phrase);
      if (end >= 0) found.push([at, end]);
    }
  }
}
