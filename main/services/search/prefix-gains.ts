import { FIELD_WEIGHTS } from './analyzer';
import { GapReader, type PostingList } from './postings';
import type { SearchIndex } from './search-index';

/** Per doc, the best field weight among the longer words starting with a prefix (0: none). */
export type PrefixGains = { gain: Float32Array; df: number };

/** Prefixes kept per index: 400 KB each at 100,000 articles. */
const CAPACITY = 24;

const caches = new WeakMap<SearchIndex, { version: number; byPrefix: Map<string, PrefixGains> }>();

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

function compute(index: SearchIndex, prefix: string): PrefixGains {
  const gain = new Float32Array(index.docs.size);
  let df = 0;
  for (const longer of index.termsWithPrefix(prefix)) {
    for (const list of index.lookup(longer)) {
      df += addGains(list, gain);
    }
  }
  return { gain, df };
}

/**
 * The longer words a short prefix matches ("la" → lai, làm, lan, làng, lao, lập…) can hold
 * millions of postings; walking them on every keystroke is most of a query's time. Their union
 * is kept as one dense array per prefix, dropped whenever the index changes, so a query only
 * looks up the docs it already has.
 */
export function prefixGains(index: SearchIndex, prefix: string): PrefixGains | null {
  if (index.termsWithPrefix(prefix).length === 0) return null;
  let cache = caches.get(index);
  if (!cache || cache.version !== index.version) {
    cache = { version: index.version, byPrefix: new Map() };
    caches.set(index, cache);
  }
  let entry = cache.byPrefix.get(prefix);
  if (entry) {
    cache.byPrefix.delete(prefix);
  } else {
    entry = compute(index, prefix);
    if (cache.byPrefix.size >= CAPACITY) cache.byPrefix.delete(cache.byPrefix.keys().next().value!);
  }
  cache.byPrefix.set(prefix, entry);
  return entry;
}
