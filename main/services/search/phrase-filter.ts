import type { QueryTerm } from '../../../shared/text/search-query';
import { FIELD, nextBit } from './analyzer';
import { forEachDoc } from './postings';
import type { SearchIndex } from './search-index';

const FIELDS_ONLY = 0x3f;
/** Fields held in the text store's record (the rest, title, lead, author and category, are in the catalogue). */
export const STORED_FIELDS = FIELD.body | FIELD.captions;
export const HEAD_FIELDS = FIELDS_ONLY & ~STORED_FIELDS;

/** Per doc: the follower test of the current pair passed; the fields of one word's posting. */
let pass = new Uint8Array(0);
let fieldsOfWord = new Uint8Array(0);
/** Per doc: the fields all words of the current phrase share (written for the kept docs before read). */
let shared = new Uint8Array(0);

export type PhraseCandidates = {
  docs: Int32Array;
  /**
   * By doc number: the fields where some phrase may stand (a phrase's words must all occur in
   * one field). A doc whose phrases can only be in the title or lead needs no body read; one
   * whose phrases can only be in the body needs no title folded.
   */
  fields: Uint8Array;
};

function ensure(size: number): void {
  if (pass.length >= size) return;
  pass = new Uint8Array(Math.max(size, pass.length * 2));
  fieldsOfWord = new Uint8Array(pass.length);
  shared = new Uint8Array(pass.length);
}

/** Keeps the docs where each word of the pair is followed (maybe) by the next: the follower bits. */
function keepFollowed(
  index: SearchIndex,
  kept: Int32Array,
  first: QueryTerm,
  second: QueryTerm,
): Int32Array {
  const bit = nextBit(second.folded);
  for (const list of index.lookup(first.folded)) {
    const next = list.next;
    forEachDoc(list, (doc, i) => {
      if (next === null || next[i]! & bit) pass[doc] = 1;
    });
  }
  let n = 0;
  for (let i = 0; i < kept.length; i++) if (pass[kept[i]!] === 1) kept[n++] = kept[i]!;
  // Docs of the list outside `kept` were marked too: clear the whole array, not just `kept`.
  pass.fill(0);
  return kept.subarray(0, n);
}

/** ANDs into `shared` (by doc) the fields each word of the phrase occurs in. */
function shareFields(index: SearchIndex, kept: Int32Array, phrase: readonly QueryTerm[]): void {
  phrase.forEach((term, k) => {
    for (const list of index.lookup(term.folded))
      forEachDoc(list, (doc, i) => void (fieldsOfWord[doc] = fieldsOfWord[doc]! | list.info[i]!));
    for (let i = 0; i < kept.length; i++) {
      const doc = kept[i]!;
      const fields = fieldsOfWord[doc]! & FIELDS_ONLY;
      shared[doc] = k === 0 ? fields : shared[doc]! & fields;
    }
    fieldsOfWord.fill(0);
  });
}

/**
 * Keeps (in place) the docs where every phrase may stand: every adjacent pair passes the
 * follower bits (the posting of the first word carries the bit of the second: 16 hashed bits,
 * so a few false positives, never a false negative), and all of a phrase's words share a field.
 * The text check that follows then reads far fewer records, and only the fields it needs.
 * `fields` (by doc, at least the index's size) receives the fields of the docs kept; only
 * their entries are written, so a reused array needs no clearing.
 */
export function keepPossiblePhrases(
  index: SearchIndex,
  docs: Int32Array,
  phrases: readonly (readonly QueryTerm[])[],
  fields: Uint8Array = new Uint8Array(index.docs.size),
): PhraseCandidates {
  ensure(index.docs.size);
  let kept = docs;
  for (const phrase of phrases)
    for (let k = 0; k + 1 < phrase.length; k++)
      kept = keepFollowed(index, kept, phrase[k]!, phrase[k + 1]!);
  phrases.forEach((phrase, p) => {
    shareFields(index, kept, phrase);
    let n = 0;
    for (let i = 0; i < kept.length; i++) {
      const doc = kept[i]!;
      // Every phrase needs a field of its own: a doc where one phrase has none is out.
      if (shared[doc] === 0) continue;
      fields[doc] = p === 0 ? shared[doc]! : fields[doc]! | shared[doc]!;
      kept[n++] = doc;
    }
    kept = kept.subarray(0, n);
  });
  return { docs: kept, fields };
}
