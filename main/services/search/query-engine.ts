import type { ParsedQuery, QueryTerm } from '../../../shared/text/search-query';
import { FIELD_WEIGHTS } from './analyzer';
import { variantBit, type PostingList } from './postings';
import type { SearchIndex } from './search-index';

/** Longer words matched by the word being typed count less than the word itself. */
const PREFIX_WEIGHT = 0.6;
/** Beyond this many words a query is not a search any more; the rest are ignored. */
export const MAX_TERMS = 32;
const EXCLUDED = 255;

export type Matches = {
  /** Matching doc numbers, unordered. */
  docs: Int32Array;
  /** Relevance by doc number (only meaningful for docs in `docs`). */
  score: Float32Array;
  /** How many of the words typed with marks matched with exactly those marks. */
  exact: Uint8Array;
};

type TermLists = { term: QueryTerm; lists: { list: PostingList; weight: number; exactBit: number }[]; df: number };

function exactBitOf(term: QueryTerm, list: PostingList): number {
  if (term.marked === null) return 0;
  const k = list.variantKeys.indexOf(term.marked);
  return k < 0 ? 0 : variantBit(k);
}

function gather(index: SearchIndex, term: QueryTerm): TermLists {
  const lists: TermLists['lists'] = [];
  for (const list of index.lookup(term.folded)) lists.push({ list, weight: 1, exactBit: exactBitOf(term, list) });
  if (term.prefix) {
    for (const longer of index.termsWithPrefix(term.folded)) {
      for (const list of index.lookup(longer)) lists.push({ list, weight: PREFIX_WEIGHT, exactBit: 0 });
    }
  }
  const df = lists.reduce((sum, { list }) => sum + list.docs.length, 0);
  return { term, lists, df };
}

/**
 * Reusable per-doc scratch arrays: a query touches only the docs of its rarest word, so these
 * are allocated once per index size and reset by the touched list, never scanned whole.
 */
class Scratch {
  count = new Uint8Array(0);
  score = new Float32Array(0);
  exact = new Uint8Array(0);

  ensure(size: number): void {
    if (this.count.length >= size) return;
    const capacity = Math.max(size, this.count.length * 2, 1024);
    this.count = new Uint8Array(capacity);
    this.score = new Float32Array(capacity);
    this.exact = new Uint8Array(capacity);
  }
}

const scratch = new Scratch();

/**
 * ANDs the query's words over the index: the rarest word seeds the candidates and every other
 * word keeps only the docs already matched, adding its weighted score. Excluded words knock
 * docs out. Phrases and filters are checked afterwards by the caller.
 */
export function matchTerms(index: SearchIndex, parsed: ParsedQuery): Matches {
  const size = index.docs.size;
  scratch.ensure(size);
  const { count, score, exact } = scratch;
  const dead = index.docs.dead;
  const total = Math.max(1, index.documentCount);
  const gathered = parsed.terms
    .slice(0, MAX_TERMS)
    .map((term) => gather(index, term))
    .sort((a, b) => a.df - b.df);
  const touched: number[] = [];
  gathered.forEach(({ lists, df }, step) => {
    const idf = Math.log(1 + total / Math.max(1, df));
    for (const { list, weight, exactBit } of lists) {
      const { docs, info, variants } = list;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        if (count[doc] !== step || dead[doc]) continue;
        if (step === 0) touched.push(doc);
        count[doc] = step + 1;
        score[doc] = (step === 0 ? 0 : score[doc]!) + idf * weight * FIELD_WEIGHTS[info[i]!]!;
        exact[doc] = (step === 0 ? 0 : exact[doc]!) + (exactBit !== 0 && (variants[i]! & exactBit) !== 0 ? 1 : 0);
      }
    }
  });
  for (const word of parsed.excluded) {
    for (const list of index.lookup(word)) for (const doc of list.docs) if (count[doc]) count[doc] = EXCLUDED;
  }
  const wanted = gathered.length;
  const docs = new Int32Array(touched.length);
  let n = 0;
  for (const doc of touched) {
    if (count[doc] === wanted) docs[n++] = doc;
    count[doc] = 0;
  }
  return { docs: docs.subarray(0, n), score, exact };
}

/** Every live doc, minus the excluded words: what a query of filters only returns. */
export function matchAll(index: SearchIndex, parsed: ParsedQuery): Matches {
  const size = index.docs.size;
  scratch.ensure(size);
  const excluded = new Uint8Array(size);
  for (const word of parsed.excluded) for (const list of index.lookup(word)) for (const doc of list.docs) excluded[doc] = 1;
  const docs = new Int32Array(size);
  let n = 0;
  for (let doc = 0; doc < size; doc++) if (!index.docs.dead[doc] && !excluded[doc]) docs[n++] = doc;
  scratch.score.fill(0, 0, size);
  scratch.exact.fill(0, 0, size);
  return { docs: docs.subarray(0, n), score: scratch.score, exact: scratch.exact };
}
