import type { Matches } from './query-engine';

/**
 * The per-doc arrays a phrase query keeps across its awaits: its own copy of the matches (the
 * engine's are shared scratch, overwritten by the next query) and the fields where its phrases
 * may stand. Taken from a small pool and given back: fresh arrays of the index's size were
 * ~1 MB of garbage a phrase query at 100,000 articles, and glibc kept the pile of them in the
 * process's RSS long after V8 had freed it. Only the entries of matched docs are written and
 * read, so nothing is cleared between queries.
 */
export type PhraseArrays = {
  docs: Int32Array;
  score: Float32Array;
  exact: Uint8Array;
  fields: Uint8Array;
};

/** Arrays kept for the next phrase queries (two at once is already rare: typing waits for answers). */
export const MAX_IDLE = 2;

const idle: PhraseArrays[] = [];

function fresh(size: number): PhraseArrays {
  return {
    docs: new Int32Array(size),
    score: new Float32Array(size),
    exact: new Uint8Array(size),
    fields: new Uint8Array(size),
  };
}

/** Arrays for `size` docs, for one query: give them back with `giveBack` when it is answered. */
export function takeArrays(size: number): PhraseArrays {
  for (let i = idle.length - 1; i >= 0; i--) {
    if (idle[i]!.score.length >= size) return idle.splice(i, 1)[0]!;
  }
  return fresh(size);
}

export function giveBack(arrays: PhraseArrays): void {
  idle.push(arrays);
  // The smallest go first: an index that grew will not take them again.
  if (idle.length > MAX_IDLE) {
    idle.sort((a, b) => b.score.length - a.score.length);
    idle.length = MAX_IDLE;
  }
}

/** The matches copied into `arrays`: the docs, and the score and exact count of those docs only. */
export function copyMatches(found: Matches, arrays: PhraseArrays): Matches {
  const { docs, score, exact } = arrays;
  docs.set(found.docs);
  // Indexed loops over the typed arrays here and in the filters: `for…of` over one allocated an
  // iterator result per doc in Node 20 (~1 MB of garbage a phrase query) and ran 3–7× slower.
  for (let i = 0; i < found.docs.length; i++) {
    const doc = found.docs[i]!;
    score[doc] = found.score[doc]!;
    exact[doc] = found.exact[doc]!;
  }
  return { docs: docs.subarray(0, found.docs.length), score, exact };
}

/** Bytes the idle arrays hold (tests: the pool stays bounded). */
export function idleBytes(): number {
  return idle.reduce(
    (sum, a) =>
      sum + a.docs.byteLength + a.score.byteLength + a.exact.byteLength + a.fields.byteLength,
    0,
  );
}
