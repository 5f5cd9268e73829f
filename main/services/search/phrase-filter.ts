import type { QueryTerm } from '../../../shared/text/search-query';
import { nextBit } from './analyzer';
import { forEachDoc } from './postings';
import type { SearchIndex } from './search-index';

let pass = new Uint8Array(0);

/**
 * Keeps (in place) the docs where every adjacent pair of every phrase may stand together: the
 * posting of the first word must carry the follower bit of the second. No false negatives, a
 * few false positives (16 bits), so the text check that follows reads far fewer bodies.
 */
export function keepPossiblePhrases(
  index: SearchIndex,
  docs: Int32Array,
  phrases: readonly (readonly QueryTerm[])[],
): Int32Array {
  if (pass.length < index.docs.size)
    pass = new Uint8Array(Math.max(index.docs.size, pass.length * 2));
  let kept = docs;
  for (const phrase of phrases) {
    for (let k = 0; k + 1 < phrase.length; k++) {
      const bit = nextBit(phrase[k + 1]!.folded);
      for (const list of index.lookup(phrase[k]!.folded)) {
        const next = list.next;
        forEachDoc(list, (doc, i) => {
          if (next === null || next[i]! & bit) pass[doc] = 1;
        });
      }
      let n = 0;
      for (const doc of kept) if (pass[doc] === 1) kept[n++] = doc;
      kept = kept.subarray(0, n);
      pass.fill(0);
    }
  }
  return kept;
}
