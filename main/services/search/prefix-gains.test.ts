import { describe, expect, it } from 'vitest';
import { FIELD_WEIGHTS } from './analyzer';
import type { PostingList } from './postings';
import {
  MAX_PREFIX_BYTES,
  prefixCapacity,
  prefixGainBytes,
  prefixGains,
  type PrefixGains,
} from './prefix-gains';
import type { SearchIndex } from './search-index';

/**
 * An index of `size` docs whose vocabulary is "p0x", "p1x", … : word k stands in docs k, k + 7,
 * k + 14 … (title for even docs, body for odd), so every prefix "pk" has its own docs.
 */
function indexOf(size: number, words: number, version = { n: 1 }): SearchIndex {
  const lists = new Map<string, PostingList>();
  for (let k = 0; k < words; k++) {
    const docs: number[] = [];
    for (let doc = k % size; doc < size; doc += 7 + k) docs.push(doc);
    lists.set(`p${k}x`, {
      length: docs.length,
      docs: Uint32Array.from(docs),
      docBytes: null,
      info: Uint8Array.from(docs, (doc) => (doc % 2 === 0 ? 1 : 4)),
      variants: null,
      variantKeys: [`p${k}x`],
      next: null,
    });
  }
  return {
    docs: { size, dead: new Uint8Array(size) },
    documentCount: size,
    get version() {
      return version.n;
    },
    lookup: (term: string) => (lists.has(term) ? [lists.get(term)!] : []),
    termsWithPrefix: (prefix: string) => [...lists.keys()].filter((t) => t.startsWith(prefix)),
  } as unknown as SearchIndex;
}

/** What the gains of a prefix must be (doc → gain, docs with none left out), computed afresh. */
function reference(index: SearchIndex, prefix: string): { gain: Map<number, number>; df: number } {
  const gain = new Map<number, number>();
  for (const term of index.termsWithPrefix(prefix))
    for (const list of index.lookup(term))
      for (let i = 0; i < list.length; i++) {
        const doc = list.docs![i]!;
        gain.set(doc, Math.max(gain.get(doc) ?? 0, FIELD_WEIGHTS[list.info[i]!]!));
      }
  return { gain, df: gain.size };
}

/** The gains as returned, in the reference's form: a doc left over from a recycled array shows. */
function plain(gains: PrefixGains | null) {
  if (!gains) return null;
  const gain = new Map<number, number>();
  gains.gain.forEach((g, doc) => g !== 0 && gain.set(doc, g));
  return { gain, df: gains.df };
}

describe('prefix gains (the longer words of the word being typed)', () => {
  it('answer as a fresh computation when their arrays are recycled, in any order', () => {
    const index = indexOf(500, 60);
    // More prefixes than are kept: later ones reuse the arrays of dropped ones, which held other docs.
    const order = [...Array.from({ length: 60 }, (_, k) => k), 3, 59, 0, 41, 41, 2];
    for (const k of order)
      expect(plain(prefixGains(index, `p${k}`)), `p${k}`).toEqual(reference(index, `p${k}`));
  });

  it('keep at most 24 prefixes, and 16 MB of them for a large archive, spares included', () => {
    const small = indexOf(1_000, 40);
    for (let k = 0; k < 40; k++) prefixGains(small, `p${k}`);
    expect(prefixCapacity(1_000)).toBe(24);
    expect(prefixGainBytes(small)).toBeLessThanOrEqual(24 * 4 * 1_000);

    // 1,000,000 docs: 4 MB an array, so 4 of them.
    const large = indexOf(1_000_000, 12);
    for (let k = 0; k < 12; k++) prefixGains(large, `p${k}`);
    expect(prefixCapacity(1_000_000)).toBe(4);
    expect(prefixGainBytes(large)).toBeLessThanOrEqual(MAX_PREFIX_BYTES);
    expect(prefixGainBytes(large)).toBe(4 * 4_000_000);
  });

  it('are recomputed after the index changes, on the same arrays, within the same bound', () => {
    const version = { n: 1 };
    const index = indexOf(300_000, 30, version);
    for (let k = 0; k < 30; k++) prefixGains(index, `p${k}`);
    const before = prefixGainBytes(index);
    version.n++;
    for (let k = 29; k >= 0; k--)
      expect(plain(prefixGains(index, `p${k}`)), `p${k}`).toEqual(reference(index, `p${k}`));
    expect(prefixGainBytes(index)).toBe(before);
    expect(prefixGainBytes(index)).toBeLessThanOrEqual(MAX_PREFIX_BYTES);
  });
});
