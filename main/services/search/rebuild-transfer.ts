import type { IndexedMeta } from './analyzer';
import { DocTable } from './doc-table';
import { FrozenPostings, type PackedArrays } from './postings';
import { SearchIndex } from './search-index';
import type { PackedEntries } from './text-store-table';

/** What the rebuild worker needs of an article: what the index and the text store read of it. */
export type RebuildMeta = IndexedMeta & { categoryName: string | null };

export type RebuildStart = {
  archiveDir: string;
  indexDir: string;
  textsDir: string;
  total: number;
};

/** Main → worker. */
export type ToWorker = { type: 'metas'; metas: RebuildMeta[] } | { type: 'end' };

/** A list of strings as one UTF-8 buffer: one transfer, one decode and a split on the other side. */
export type PackedStrings = { count: number; bytes: Uint8Array };

export type PackedIndex = {
  ids: PackedStrings;
  fingerprints: Uint32Array<ArrayBuffer>;
  dates: Float64Array<ArrayBuffer>;
  terms: PackedStrings;
  /** Each term's variant keys joined by a tab. */
  variantKeys: PackedStrings;
  arrays: PackedArrays;
};

/** Worker → main. */
export type FromWorker =
  | { type: 'phase'; name: string; step: number; steps: number }
  | { type: 'progress'; done: number; total: number }
  | {
      type: 'done';
      index: PackedIndex;
      texts: PackedEntries;
      /** Articles whose body file could not be read or parsed (left out of the index), and missing ones. */
      unreadable: string[];
      missing: string[];
    };

/** Separators that no id, term or marked word form holds (the analyzer splits on whitespace). */
const ITEM = '\n';
const KEY = '\t';

export function packStrings(list: readonly string[]): PackedStrings {
  return { count: list.length, bytes: new TextEncoder().encode(list.join(ITEM)) };
}

export function unpackStrings(packed: PackedStrings): string[] {
  if (packed.count === 0) return [];
  return new TextDecoder().decode(packed.bytes).split(ITEM);
}

/** The packed index as buffers that can be transferred (moved, not copied) to the main thread. */
export function packIndex(index: SearchIndex): PackedIndex {
  const { docs, base } = index;
  return {
    ids: packStrings(docs.ids),
    fingerprints: docs.fingerprints.slice(0, docs.size),
    dates: docs.dates.slice(0, docs.size),
    terms: packStrings(base.terms),
    variantKeys: packStrings(base.variantKeys.map((keys) => keys.join(KEY))),
    arrays: base.arrays,
  };
}

export function unpackIndex(packed: PackedIndex): SearchIndex {
  const ids = unpackStrings(packed.ids);
  const variantKeys = unpackStrings(packed.variantKeys).map((keys) =>
    keys === '' ? [] : keys.split(KEY),
  );
  const docs = DocTable.fromTyped(ids, packed.fingerprints, packed.dates);
  const base = new FrozenPostings(unpackStrings(packed.terms), variantKeys, packed.arrays);
  return new SearchIndex(docs, base);
}

/** Every distinct buffer under the typed arrays (views of one buffer are listed once). */
export function buffersOf(...arrays: (ArrayBufferView | null)[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array) buffers.add(array.buffer as ArrayBuffer);
  return [...buffers];
}

export function transferListOf(index: PackedIndex, texts: PackedEntries): ArrayBuffer[] {
  const a = index.arrays;
  return buffersOf(
    index.ids.bytes,
    index.fingerprints,
    index.dates,
    index.terms.bytes,
    index.variantKeys.bytes,
    a.offsets,
    a.byteOffsets,
    a.variantOffsets,
    a.docBytes,
    a.info,
    a.variants,
    a.next,
    texts.ids.bytes,
    texts.hashes.bytes,
    texts.offsets,
    texts.textBytes,
    texts.foldedBytes,
    texts.flags,
  );
}
