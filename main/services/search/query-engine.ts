import type { ParsedQuery, QueryTerm } from '../../../shared/text/search-query';
import { FIELD_WEIGHTS, nextBit } from './analyzer';
import { forEachDoc, GapReader, variantBit, type PostingList } from './postings';
import { prefixGains, type PrefixGains } from './prefix-gains';
import type { SearchIndex } from './search-index';

/** Longer words matched by the word being typed count less than the word itself. */
const PREFIX_WEIGHT = 0.6;
/** Beyond this many words a query is not a search any more; the rest are ignored. */
export const MAX_TERMS = 32;
const EXCLUDED = 255;
/**
 * Query words standing next to each other, in order, are worth this many times the fields
 * they share: enough that "cải cách hành chính" in a lead outranks the same four words
 * scattered across a title, while the phrase in a title stays first.
 */
const ADJACENT_WEIGHT = 3;
/** Adjacency is followed for the first words of a query only; the rest still match. */
const ADJACENT_SLOTS = 8;
const FIELDS_ONLY = 0x3f;

export type Matches = {
  /** Matching doc numbers, unordered. */
  docs: Int32Array;
  /** Relevance by doc number (only meaningful for docs in `docs`). */
  score: Float32Array;
  /** How many of the words typed with marks matched with exactly those marks. */
  exact: Uint8Array;
};

type TermLists = {
  term: QueryTerm;
  lists: { list: PostingList; weight: number; exactBit: number }[];
  /** The longer words of the word being typed, as one dense array. */
  longer: PrefixGains | null;
  df: number;
};

function exactBitOf(term: QueryTerm, list: PostingList): number {
  if (term.marked === null) return 0;
  const k = list.variantKeys.indexOf(term.marked);
  return k < 0 ? 0 : variantBit(k);
}

function gather(index: SearchIndex, term: QueryTerm): TermLists {
  const lists: TermLists['lists'] = [];
  for (const list of index.lookup(term.folded))
    lists.push({ list, weight: 1, exactBit: exactBitOf(term, list) });
  const longer = term.prefix ? prefixGains(index, term.folded) : null;
  const df = lists.reduce((sum, { list }) => sum + list.length, 0) + (longer?.df ?? 0);
  return { term, lists, longer, df };
}

/**
 * Reusable per-doc scratch arrays. Allocating fresh memory is the costliest thing a query can
 * do here (page faults dwarf the loop itself), so these are allocated once per index size and
 * reset through the touched list, never scanned whole.
 */
class Scratch {
  count = new Uint8Array(0);
  score = new Float32Array(0);
  exact = new Uint8Array(0);
  touched = new Int32Array(0);
  touchedCount = 0;
  /** Per query word (by its place in the query): the follower bits and fields of its posting in each doc. */
  followers: Uint16Array[] = [];
  fields: Uint8Array[] = [];

  ensure(size: number): void {
    if (this.count.length >= size) return;
    const capacity = Math.max(size, this.count.length * 2, 1024);
    this.count = new Uint8Array(capacity);
    this.score = new Float32Array(capacity);
    this.exact = new Uint8Array(capacity);
    this.touched = new Int32Array(capacity);
    this.followers = [];
    this.fields = [];
  }

  slot(k: number): { followers: Uint16Array; fields: Uint8Array } {
    this.followers[k] ??= new Uint16Array(this.count.length);
    this.fields[k] ??= new Uint8Array(this.count.length);
    return { followers: this.followers[k]!, fields: this.fields[k]! };
  }
}

const scratch = new Scratch();

/** Credits one posting to a doc if it matched every earlier word. */
function credit(doc: number, step: number, gain: number, hit: number): void {
  const { count, score, exact } = scratch;
  if (count[doc] !== step) return;
  if (step === 0) {
    scratch.touched[scratch.touchedCount++] = doc;
    score[doc] = gain;
    exact[doc] = hit;
  } else {
    score[doc] = score[doc]! + gain;
    exact[doc] = exact[doc]! + hit;
  }
  count[doc] = step + 1;
}

/**
 * The hot loop, a plain top-level function over typed arrays so V8 optimizes it once for every
 * query. Packed lists are read through one GapReader each, so no per-query buffer is allocated.
 */
function accumulate(
  list: PostingList,
  step: number,
  weight: number,
  exactBit: number,
  dead: Uint8Array,
  record: { followers: Uint16Array; fields: Uint8Array } | null,
): void {
  const { docs, docBytes, info, variants, length, next } = list;
  const { count } = scratch;
  const allExact = exactBit === 1 && variants === null ? 1 : 0;
  const gaps = docs === null ? new GapReader(docBytes!) : null;
  let doc = 0;
  for (let i = 0; i < length; i++) {
    if (docs !== null) doc = docs[i]! | 0;
    else doc += gaps!.next();
    if (dead[doc] === 1) continue;
    const hit =
      variants === null ? allExact : exactBit !== 0 && (variants[i]! & exactBit) !== 0 ? 1 : 0;
    credit(doc, step, weight * FIELD_WEIGHTS[info[i]!]!, hit);
    if (record !== null && count[doc] === step + 1) {
      // Follower bits not loaded yet: no word is known to follow, so no doc gets the bonus.
      record.followers[doc] = next === null ? 0 : next[i]!;
      record.fields[doc] = info[i]!;
    }
  }
}

/** Credits the longer words of a prefix: every doc on the first step, else only the docs already in. */
function accumulateLonger(
  longer: PrefixGains,
  step: number,
  weight: number,
  dead: Uint8Array,
): void {
  const { gain } = longer;
  if (step === 0) {
    for (let doc = 0; doc < gain.length; doc++) {
      if (gain[doc]! > 0 && dead[doc] !== 1) credit(doc, 0, weight * gain[doc]!, 0);
    }
    return;
  }
  const { touched, touchedCount } = scratch;
  for (let i = 0; i < touchedCount; i++) {
    const doc = touched[i]!;
    if (gain[doc]! > 0) credit(doc, step, weight * gain[doc]!, 0);
  }
}

function markExcluded(index: SearchIndex, words: readonly string[], onlyTouched: boolean): void {
  const { count } = scratch;
  for (const word of words) {
    for (const list of index.lookup(word)) {
      forEachDoc(list, (doc) => {
        if (!onlyTouched || count[doc] !== 0) count[doc] = EXCLUDED;
      });
    }
  }
}

/**
 * ANDs the query's words over the index: the rarest word seeds the candidates and every other
 * word keeps only the docs already matched, adding its weighted score. Excluded words knock
 * docs out. Phrases and filters are checked afterwards by the caller. The returned arrays are
 * shared scratch: valid until the next query starts.
 */
export function matchTerms(index: SearchIndex, parsed: ParsedQuery): Matches {
  scratch.ensure(index.docs.size);
  scratch.touchedCount = 0;
  const total = Math.max(1, index.documentCount);
  const terms = parsed.terms.slice(0, MAX_TERMS);
  const adjacent = terms.length >= 2 ? Math.min(terms.length, ADJACENT_SLOTS) : 0;
  const idfs = new Float64Array(terms.length);
  const gathered = terms
    .map((term, place) => ({ ...gather(index, term), place }))
    .sort((a, b) => a.df - b.df);
  gathered.forEach(({ lists, longer, df, place }, step) => {
    const idf = Math.log(1 + total / Math.max(1, df));
    idfs[place] = idf;
    const record = place < adjacent ? scratch.slot(place) : null;
    for (const { list, weight, exactBit } of lists)
      accumulate(list, step, idf * weight, exactBit, index.docs.dead, record);
    if (longer) accumulateLonger(longer, step, idf * PREFIX_WEIGHT, index.docs.dead);
  });
  markExcluded(index, parsed.excluded, true);
  const { count, touched, score } = scratch;
  const wanted = gathered.length;
  const pairs = adjacentPairs(terms, idfs, adjacent);
  let n = 0;
  for (let i = 0; i < scratch.touchedCount; i++) {
    const doc = touched[i]!;
    if (count[doc] === wanted) {
      touched[n++] = doc;
      if (pairs.length > 0) score[doc] = score[doc]! + adjacencyBonus(doc, pairs);
    }
    count[doc] = 0;
    for (let k = 0; k < adjacent; k++) {
      scratch.followers[k]![doc] = 0;
      scratch.fields[k]![doc] = 0;
    }
  }
  return { docs: touched.subarray(0, n), score, exact: scratch.exact };
}

type Pair = { first: number; followerBit: number; weight: number };

/** Each pair of neighbouring query words, in the order typed: "cai cach", "cach hanh", … */
function adjacentPairs(terms: readonly QueryTerm[], idfs: Float64Array, slots: number): Pair[] {
  const pairs: Pair[] = [];
  for (let k = 0; k + 1 < slots; k++) {
    pairs.push({
      first: k,
      followerBit: nextBit(terms[k + 1]!.folded),
      weight: (ADJACENT_WEIGHT * (idfs[k]! + idfs[k + 1]!)) / 2,
    });
  }
  return pairs;
}

/**
 * Words that stand together score for the fields both occur in. The follower bits of the
 * first word's posting say which words follow it in the article (16 hashed bits: now and then
 * a pair seems adjacent when it is not, never the other way round).
 */
function adjacencyBonus(doc: number, pairs: Pair[]): number {
  let bonus = 0;
  for (const { first, followerBit, weight } of pairs) {
    if ((scratch.followers[first]![doc]! & followerBit) === 0) continue;
    const shared = scratch.fields[first]![doc]! & scratch.fields[first + 1]![doc]! & FIELDS_ONLY;
    bonus += weight * FIELD_WEIGHTS[shared]!;
  }
  return bonus;
}

/** Every live doc, minus the excluded words: what a query of filters only returns. */
export function matchAll(index: SearchIndex, parsed: ParsedQuery): Matches {
  const size = index.docs.size;
  scratch.ensure(size);
  const { count, touched } = scratch;
  markExcluded(index, parsed.excluded, false);
  let n = 0;
  for (let doc = 0; doc < size; doc++) {
    if (!index.docs.dead[doc] && count[doc] !== EXCLUDED) touched[n++] = doc;
    count[doc] = 0;
  }
  scratch.score.fill(0, 0, size);
  scratch.exact.fill(0, 0, size);
  return { docs: touched.subarray(0, n), score: scratch.score, exact: scratch.exact };
}
