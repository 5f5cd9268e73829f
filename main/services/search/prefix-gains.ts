import { FIELD_WEIGHTS } from './analyzer';
import { GapReader, type PostingList } from './postings';
import type { SearchIndex } from './search-index';

/** Per doc, the best field weight among the longer words starting with a prefix (0: none). */
export type PrefixGains = { gain: Float32Array; df: number };

/** Prefixes kept per index, at most: the pages of a few successive keystrokes. */
const MAX_ENTRIES = 24;
/** And at most this many bytes of them (one array is 4 bytes a doc: 400 KB at 100,000 articles). */
export const MAX_PREFIX_BYTES = 16 << 20;
/** Two prefixes are always kept, however large the archive: the word typed and the one before. */
const MIN_ENTRIES = 2;

type Cache = {
  version: number;
  byPrefix: Map<string, PrefixGains>;
  /** Arrays of dropped entries, zeroed when reused: a typed word no longer allocates. */
  spare: Float32Array[];
};

const caches = new WeakMap<SearchIndex, Cache>();

/** Raises each doc's gain to the list's field weight; returns how many docs got their first. A plain loop: this walks millions of postings. */
function addGains(list: PostingList, gain: Float32Array): number {
  const { docs, docBytes, info, length } = list;
  let df = 0;
  const gaps = docs === null ? new GapReader(docBytes!) : null;
  let doc = 0;
  for (let i = 0; i < length; i++) {
    if (docs !== null) doc = docs[i]! | 0;
    else doc += gaps!.next();
    const weight = FIELD_WEIGHTS[info[i]!]!;
    if (gain[doc] === 0) df++;
    if (weight > gain[doc]!) gain[doc] = weight;
  }
  return df;
}

function compute(index: SearchIndex, prefix: string, gain: Float32Array): PrefixGains {
  let df = 0;
  for (const longer of index.termsWithPrefix(prefix)) {
    for (const list of index.lookup(longer)) {
      df += addGains(list, gain);
    }
  }
  return { gain, df };
}

/** How many prefixes fit the byte budget for an index of `size` docs. */
export function prefixCapacity(size: number): number {
  return Math.max(MIN_ENTRIES, Math.min(MAX_ENTRIES, Math.floor(MAX_PREFIX_BYTES / (4 * size))));
}

function cacheFor(index: SearchIndex): Cache {
  const cache = caches.get(index);
  if (cache && cache.version === index.version) return cache;
  // The index changed: its gains are stale, their arrays are not (while the doc count holds).
  const spare = cache
    ? [...cache.spare, ...[...cache.byPrefix.values()].map((entry) => entry.gain)]
    : [];
  const next: Cache = {
    version: index.version,
    byPrefix: new Map(),
    spare: spare.filter((gain) => gain.length === index.docs.size),
  };
  caches.set(index, next);
  return next;
}

/**
 * The longer words a short prefix matches ("la" → lai, làm, lan, làng, lao, lập…) can hold
 * millions of postings; walking them on every keystroke is most of a query's time. Their union
 * is kept as one dense array per prefix, dropped whenever the index changes, so a query only
 * looks up the docs it already has. The arrays are recycled: a fresh one per keystroke was
 * 400 KB of garbage at 100,000 articles, and glibc kept the pile of them in the process's RSS
 * after V8 had freed it.
 */
export function prefixGains(index: SearchIndex, prefix: string): PrefixGains | null {
  if (index.termsWithPrefix(prefix).length === 0) return null;
  const cache = cacheFor(index);
  let entry = cache.byPrefix.get(prefix);
  if (entry) {
    cache.byPrefix.delete(prefix);
  } else {
    const capacity = prefixCapacity(index.docs.size);
    while (cache.byPrefix.size >= capacity) {
      const oldest = cache.byPrefix.keys().next().value!;
      cache.spare.push(cache.byPrefix.get(oldest)!.gain);
      cache.byPrefix.delete(oldest);
    }
    const reused = cache.spare.pop();
    entry = compute(index, prefix, reused?.fill(0) ?? new Float32Array(index.docs.size));
    // Spares beyond what the budget keeps are let go (a budget for a larger index, before).
    cache.spare.length = Math.min(cache.spare.length, capacity - cache.byPrefix.size - 1);
  }
  cache.byPrefix.set(prefix, entry);
  return entry;
}

/** Bytes held by the prefix arrays of an index, spares included (tests: the bound holds). */
export function prefixGainBytes(index: SearchIndex): number {
  const cache = caches.get(index);
  if (!cache) return 0;
  let bytes = 0;
  for (const { gain } of cache.byPrefix.values()) bytes += gain.byteLength;
  for (const gain of cache.spare) bytes += gain.byteLength;
  return bytes;
}
