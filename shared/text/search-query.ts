import { foldVietnamese, hasMarks, splitWords, syllableKey } from './vietnamese';

/**
 * The search query language, parsed the same way by the index (main) and the highlighter
 * (renderer): words are ANDed, "quoted words" must be adjacent, -word excludes, and the last
 * word is a prefix while it is still being typed (no space after it yet).
 */
export type QueryTerm = {
  /** Folded form: the index key. */
  folded: string;
  /** Placement-independent marked key when the user typed marks, else null (any marks match equally). */
  marked: string | null;
  /** The word being typed: longer words starting with it match too. */
  prefix: boolean;
};

export type ParsedQuery = {
  /** Every word an article must contain, phrase words included. */
  terms: QueryTerm[];
  /** Word sequences that must appear adjacent (quoted text, or a chunk like "NĐ-CP"). */
  phrases: QueryTerm[][];
  /** Folded words an article must not contain. */
  excluded: string[];
};

/** A prefix of one letter would match most of the vocabulary; it only matches whole words. */
export const MIN_PREFIX_LENGTH = 2;

const QUOTES = /["“”„«»]/;

function toTerms(chunk: string): QueryTerm[] {
  return splitWords(chunk.normalize('NFC')).map((word) => ({
    folded: foldVietnamese(word.text),
    marked: hasMarks(word.text) ? syllableKey(word.text) : null,
    prefix: false,
  }));
}

/** Splits the query into quoted and unquoted stretches; an unclosed quote runs to the end. */
function splitQuoted(query: string): { text: string; quoted: boolean }[] {
  const parts: { text: string; quoted: boolean }[] = [];
  let rest = query;
  while (rest.length > 0) {
    const open = rest.search(QUOTES);
    if (open < 0) {
      parts.push({ text: rest, quoted: false });
      break;
    }
    parts.push({ text: rest.slice(0, open), quoted: false });
    const after = rest.slice(open + 1);
    const close = after.search(QUOTES);
    parts.push({ text: close < 0 ? after : after.slice(0, close), quoted: true });
    rest = close < 0 ? '' : after.slice(close + 1);
  }
  return parts;
}

export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { terms: [], phrases: [], excluded: [] };
  let lastBare: QueryTerm | null = null;
  for (const part of splitQuoted(query)) {
    if (part.quoted) {
      const terms = toTerms(part.text);
      parsed.terms.push(...terms);
      if (terms.length > 1) parsed.phrases.push(terms);
      lastBare = null;
      continue;
    }
    for (const chunk of part.text.split(/\s+/).filter(Boolean)) {
      const excluded = chunk.startsWith('-') && chunk.length > 1;
      const terms = toTerms(excluded ? chunk.slice(1) : chunk);
      if (terms.length === 0) continue;
      if (excluded) {
        parsed.excluded.push(...terms.map((term) => term.folded));
        lastBare = null;
        continue;
      }
      parsed.terms.push(...terms);
      if (terms.length > 1) parsed.phrases.push(terms);
      lastBare = terms[terms.length - 1] ?? null;
    }
  }
  const stillTyping = !/[\s"“”„«»]$/.test(query);
  if (lastBare && stillTyping && lastBare === parsed.terms[parsed.terms.length - 1]) {
    lastBare.prefix = lastBare.folded.length >= MIN_PREFIX_LENGTH;
  }
  return parsed;
}

/** True when the query asks for nothing (no words at all, exclusions only count as nothing). */
export function isEmptyQuery(parsed: ParsedQuery): boolean {
  return parsed.terms.length === 0;
}
