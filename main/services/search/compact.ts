import { DocTable } from './doc-table';
import {
  FrozenPostings,
  VARIANT_BITS,
  forEachDoc,
  variantBit,
  writeGap,
  type PackedArrays,
  type PostingList,
} from './postings';
import { SearchIndex } from './search-index';
import { Yielder } from './yielder';

/** New doc numbers for the live articles, in the old order (so lists stay sorted); -1 for dead ones. */
function renumber(old: DocTable): { remap: Int32Array; docs: DocTable } {
  const remap = new Int32Array(old.size).fill(-1);
  const docs = new DocTable();
  for (let docNo = 0; docNo < old.size; docNo++) {
    if (old.dead[docNo]) continue;
    const next = docs.append(old.ids[docNo]!, old.fingerprints[docNo]!, null);
    docs.dates[next] = old.dates[docNo]!;
    remap[docNo] = next;
  }
  return { remap, docs };
}

/** Rewrites a variant mask from one list's key order to the merged order. */
function remapMask(mask: number, from: readonly string[], to: Map<string, number>): number {
  let out = 0;
  for (let k = 0; k < Math.min(from.length, VARIANT_BITS); k++) {
    if (mask & variantBit(k)) out |= variantBit(to.get(from[k]!) ?? VARIANT_BITS - 1);
  }
  return out;
}

/** Growable output buffers for the packed arrays. */
class PackedWriter {
  docBytes = new Uint8Array(1 << 20);
  info: Uint8Array;
  variants = new Uint8Array(1 << 16);
  bytesUsed = 0;
  postings = 0;
  variantsUsed = 0;

  next: Uint16Array;

  constructor(maxPostings: number) {
    this.info = new Uint8Array(maxPostings);
    this.next = new Uint16Array(maxPostings);
  }

  private static grown<T extends Uint8Array | Uint16Array>(
    array: T,
    needed: number,
    make: (n: number) => T,
  ): T {
    if (needed <= array.length) return array;
    const next = make(Math.max(needed, array.length * 2));
    next.set(array);
    return next;
  }

  /** Appends one posting; `gap` is the distance from the term's previous doc number. */
  push(gap: number, info: number, next: number, mask: number | null): void {
    this.docBytes = PackedWriter.grown(this.docBytes, this.bytesUsed + 5, (n) => new Uint8Array(n));
    this.bytesUsed = writeGap(this.docBytes, this.bytesUsed, gap);
    this.next[this.postings] = next;
    this.info[this.postings++] = info;
    if (mask !== null) {
      this.variants = PackedWriter.grown(
        this.variants,
        this.variantsUsed + 1,
        (n) => new Uint8Array(n),
      );
      this.variants[this.variantsUsed++] = mask;
    }
  }
}

type Source = { list: PostingList; masks: 'same' | 'remap' };

/** Copies one term's postings (base then delta) into the writer, dropping dead docs. */
function writeTerm(
  out: PackedWriter,
  sources: Source[],
  merged: string[],
  remap: Int32Array,
): void {
  const keyIndex = new Map(merged.map((key, k) => [key, k]));
  const withMasks = merged.length > 1;
  let previous = 0;
  for (const { list, masks } of sources) {
    forEachDoc(list, (doc, i) => {
      const next = remap[doc]!;
      if (next < 0) return;
      const raw = list.variants ? list.variants[i]! : 1;
      const mask = masks === 'same' ? raw : remapMask(raw, list.variantKeys, keyIndex);
      // Without follower bits (not loaded), all bits: the phrase filter must never drop a real match.
      out.push(
        next - previous,
        list.info[i]!,
        list.next ? list.next[i]! : 0xffff,
        withMasks ? mask : null,
      );
      previous = next;
    });
  }
}

/**
 * Folds the delta into a new packed base and drops dead articles. Runs in slices so the event
 * loop keeps serving queries while 100,000 articles' postings are copied.
 */
export async function compact(
  index: SearchIndex,
  signal?: AbortSignal,
  onProgress?: (done: number, total: number) => void,
): Promise<SearchIndex> {
  const { remap, docs } = renumber(index.docs);
  const terms = [...new Set([...index.base.terms, ...index.delta.terms])].sort();
  const out = new PackedWriter(index.base.postingCount + index.delta.postingCount);
  const offsets = new Uint32Array(terms.length + 1);
  const byteOffsets = new Uint32Array(terms.length + 1);
  const variantOffsets = new Uint32Array(terms.length + 1);
  const keptTerms: string[] = [];
  const variantKeys: string[][] = [];
  const yielder = new Yielder(signal);
  for (const [done, term] of terms.entries()) {
    if (onProgress && done % 1024 === 0) onProgress(done, terms.length);
    const baseList = index.base.lookup(term);
    const deltaList = index.delta.lookup(term);
    const merged = [...(baseList?.variantKeys ?? [])];
    for (const key of deltaList?.variantKeys ?? []) if (!merged.includes(key)) merged.push(key);
    const sources: Source[] = [];
    if (baseList) sources.push({ list: baseList, masks: 'same' });
    if (deltaList) sources.push({ list: deltaList, masks: 'remap' });
    const before = out.postings;
    const k = keptTerms.length;
    [offsets[k], byteOffsets[k], variantOffsets[k]] = [
      out.postings,
      out.bytesUsed,
      out.variantsUsed,
    ];
    writeTerm(out, sources, merged, remap);
    if (out.postings > before) {
      keptTerms.push(term);
      variantKeys.push(merged);
    }
    [offsets[keptTerms.length], byteOffsets[keptTerms.length], variantOffsets[keptTerms.length]] = [
      out.postings,
      out.bytesUsed,
      out.variantsUsed,
    ];
    await yielder.maybeYield();
  }
  const n = keptTerms.length + 1;
  const arrays: PackedArrays = {
    offsets: offsets.slice(0, n),
    byteOffsets: byteOffsets.slice(0, n),
    variantOffsets: variantOffsets.slice(0, n),
    docBytes: out.docBytes.slice(0, out.bytesUsed),
    // Views, not copies: these were sized for every posting up front, and copying 60 MB at
    // once would hold the event loop for longer than a frame.
    info: out.info.subarray(0, out.postings),
    variants: out.variants.slice(0, out.variantsUsed),
    next: out.next.subarray(0, out.postings),
  };
  return new SearchIndex(docs, new FrozenPostings(keptTerms, variantKeys, arrays));
}
