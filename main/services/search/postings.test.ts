import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrozenPostings, forEachDoc, writeGap, type PostingList } from './postings';
import { prefixGains } from './prefix-gains';
import { matchTerms } from './query-engine';
import type { SearchIndex } from './search-index';

/** Packs ascending doc numbers the way compaction does (writeGap) into one frozen term "word". */
function pack(docs: number[]): FrozenPostings {
  const bytes = new Uint8Array(docs.length * 5);
  let at = 0;
  let previous = 0;
  for (const doc of docs) {
    at = writeGap(bytes, at, doc - previous);
    previous = doc;
  }
  return new FrozenPostings(['word'], [['word']], {
    offsets: Uint32Array.of(0, docs.length),
    byteOffsets: Uint32Array.of(0, at),
    variantOffsets: Uint32Array.of(0, 0),
    docBytes: bytes.subarray(0, at),
    info: new Uint8Array(docs.length).fill(1),
    variants: new Uint8Array(0),
    next: null,
  });
}

/** Just what matchTerms and prefixGains read of an index, over one packed list. */
function indexOver(list: PostingList, size: number): SearchIndex {
  return {
    docs: { size, dead: new Uint8Array(size) },
    documentCount: size,
    version: 1,
    lookup: (term: string) => (term === 'word' ? [list] : []),
    termsWithPrefix: (prefix: string) =>
      'word'.startsWith(prefix) && prefix !== 'word' ? ['word'] : [],
  } as unknown as SearchIndex;
}

/** Ascending, distinct doc numbers below `max`, mixing 1- to 5-byte gaps. */
const docNumbers = (max: number) =>
  fc
    .uniqueArray(fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: max - 1 })), {
      maxLength: 300,
    })
    .map((docs) => docs.sort((a, b) => a - b));

const decoded = (list: PostingList): number[] => {
  const docs: number[] = [];
  forEachDoc(list, (doc) => docs.push(doc));
  return docs;
};

describe('packed posting lists', () => {
  it('decode to the doc numbers written, whatever the gap size (forEachDoc)', () => {
    fc.assert(
      fc.property(docNumbers(2 ** 31), (docs) => {
        expect(decoded(pack(docs).lookup('word')!)).toEqual(docs);
      }),
      { numRuns: 300 },
    );
  });

  // The search loops read the same bytes: a query for the word and a prefix of it find exactly those docs.
  it('decode the same in the query loop and the prefix loop', () => {
    const size = 2 ** 22;
    fc.assert(
      fc.property(docNumbers(size), (docs) => {
        const index = indexOver(pack(docs).lookup('word')!, size);
        const found = matchTerms(index, {
          terms: [{ folded: 'word', marked: null, prefix: false }],
          phrases: [],
          excluded: [],
        });
        expect([...found.docs].sort((a, b) => a - b)).toEqual(docs);
        const gains = prefixGains(index, 'wo');
        expect(gains?.df ?? 0).toBe(docs.length);
        for (const doc of docs) expect(gains!.gain[doc]).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });
});
