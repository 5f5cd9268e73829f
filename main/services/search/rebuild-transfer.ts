import type { IndexedMeta } from './analyzer';
import { DocTable } from './doc-table';
import { FrozenPostings, type PackedArrays } from './postings';
import { SearchIndex } from './search-index';
import type { PackedEntries } from './text-store-table';
import { Yielder } from './yielder';

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
  /** Every term's variant keys one after another (no joined strings to split again)... */
  variantKeys: PackedStrings;
  /** ...and how many of them each term has. */
  variantCounts: Uint32Array<ArrayBuffer>;
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

/** A separator that no id, term or marked word form holds (the analyzer splits on whitespace). */
const ITEM = '\n';
const ITEM_BYTE = 0x0a;
/** Bytes decoded per slice when unpacking on the main thread (~2,000 ids: well under a millisecond). */
const CHUNK_BYTES = 64 * 1024;

export function packStrings(list: readonly string[]): PackedStrings {
  return { count: list.length, bytes: new TextEncoder().encode(list.join(ITEM)) };
}

export function unpackStrings(packed: PackedStrings): string[] {
  if (packed.count === 0) return [];
  return new TextDecoder().decode(packed.bytes).split(ITEM);
}

/**
 * The strings back, a chunk of bytes at a time with the event loop handed back between chunks.
 * A newline byte never occurs inside a UTF-8 sequence, so chunks end on item boundaries.
 */
export async function unpackStringsInSlices(
  packed: PackedStrings,
  yielder: Yielder,
  chunkBytes = CHUNK_BYTES,
): Promise<string[]> {
  if (packed.count === 0) return [];
  const { bytes } = packed;
  const decoder = new TextDecoder();
  const out: string[] = [];
  for (let at = 0; ;) {
    const cut = at + chunkBytes >= bytes.length ? -1 : bytes.indexOf(ITEM_BYTE, at + chunkBytes);
    const end = cut < 0 ? bytes.length : cut;
    for (const item of decoder.decode(bytes.subarray(at, end)).split(ITEM)) out.push(item);
    if (cut < 0) break;
    at = cut + 1;
    await yielder.maybeYield();
  }
  // A lost chunk would shift every doc number after it: refuse rather than adopt a wrong index.
  if (out.length !== packed.count)
    throw new Error(`unpacked ${out.length} strings, expected ${packed.count}`);
  return out;
}

/** The packed index as buffers that can be transferred (moved, not copied) to the main thread. */
export function packIndex(index: SearchIndex): PackedIndex {
  const { docs, base } = index;
  return {
    ids: packStrings(docs.ids),
    fingerprints: docs.fingerprints.slice(0, docs.size),
    dates: docs.dates.slice(0, docs.size),
    terms: packStrings(base.terms),
    variantKeys: packStrings(base.variantKeys.flat()),
    variantCounts: Uint32Array.from(base.variantKeys, (keys) => keys.length),
    arrays: base.arrays,
  };
}

export type UnpackOptions = {
  yielder?: Yielder;
  /** Bytes of strings decoded per slice, and items per clock check: smaller in tests, to slice a small index. */
  chunkBytes?: number;
  every?: number;
  /** An equal string already held (the catalogue's id), to use instead of the decoded one. */
  sameString?: (id: string) => string;
};

/**
 * The transferred index as a live one, beside the index that answers meanwhile. In one go this
 * held the main thread ~45 ms at 100,000 articles (ids, their map, variant keys, the term map):
 * here every step runs in slices that hand the event loop back, so IPC answers in between.
 */
export async function unpackIndex(
  packed: PackedIndex,
  options: UnpackOptions = {},
): Promise<SearchIndex> {
  const yielder = options.yielder ?? new Yielder();
  const ids = await unpackStringsInSlices(packed.ids, yielder, options.chunkBytes);
  const same = options.sameString;
  // The catalogue's own id strings are kept rather than 100,000 new ones: fewer objects for the
  // collector to copy out of the young generation now and to mark for as long as the index lives.
  if (same)
    await yielder.each(ids.length, (docNo) => (ids[docNo] = same(ids[docNo]!)), options.every);
  const byId = new Map<string, number>();
  await yielder.each(ids.length, (docNo) => byId.set(ids[docNo]!, docNo), options.every);
  const docs = DocTable.fromTransfer(ids, byId, packed.fingerprints, packed.dates);

  const terms = await unpackStringsInSlices(packed.terms, yielder, options.chunkBytes);
  const keys = await unpackStringsInSlices(packed.variantKeys, yielder, options.chunkBytes);
  const counts = packed.variantCounts;
  if (counts.length !== terms.length)
    throw new Error(`${counts.length} variant counts for ${terms.length} terms`);
  const variantKeys: string[][] = [];
  let at = 0;
  await yielder.each(
    terms.length,
    (t) => {
      variantKeys.push(keys.slice(at, at + counts[t]!));
      at += counts[t]!;
    },
    options.every,
  );
  if (at !== keys.length) throw new Error(`${keys.length} variant keys, ${at} counted`);
  const termIds = new Map<string, number>();
  await yielder.each(terms.length, (t) => termIds.set(terms[t]!, t), options.every);
  return new SearchIndex(docs, new FrozenPostings(terms, variantKeys, packed.arrays, termIds));
}

type Typed = Uint8Array | Uint16Array | Uint32Array;

function shared<T extends Typed>(array: T): T {
  const Type = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Type(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

/**
 * The postings' arrays copied into shared memory, to be posted rather than transferred. V8 counts
 * a transferred ArrayBuffer as the receiving thread's external memory, and ~250 MB of them
 * arriving at once (100,000 articles) while the old index's still live made the main thread
 * run a full mark-compact right at the swap; memory shared between threads is not counted
 * (V8 BackingStore::PerIsolateAccountingLength), so the hand-over starts no collection there.
 */
export function sharedArrays(arrays: PackedArrays): PackedArrays {
  return {
    offsets: shared(arrays.offsets),
    byteOffsets: shared(arrays.byteOffsets),
    variantOffsets: shared(arrays.variantOffsets),
    docBytes: shared(arrays.docBytes),
    info: shared(arrays.info),
    variants: shared(arrays.variants),
    next: arrays.next && shared(arrays.next),
  };
}

/** Every distinct buffer under the typed arrays (views of one buffer are listed once); shared memory is posted, not transferred. */
export function buffersOf(...arrays: (ArrayBufferView | null)[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays)
    if (array && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
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
    index.variantCounts,
    a.offsets,
    a.byteOffsets,
    a.variantOffsets,
    a.docBytes,
    a.info,
    a.variants,
    a.next,
    texts.ids.bytes,
    texts.hashes,
    texts.offsets,
    texts.textBytes,
    texts.foldedBytes,
    texts.flags,
  );
}
