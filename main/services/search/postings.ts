import type { AnalyzedDoc } from './analyzer';

/**
 * An inverted index written by hand over typed arrays rather than FlexSearch: it holds, per
 * posting, the fields byte and a bitmask of the marked forms seen (for exact-mark ranking),
 * and it persists as flat binary that loads in milliseconds. FlexSearch keeps
 * postings as JS arrays (8 bytes per id, no per-posting data) and exports JSON, which would
 * need a second index for marks and seconds to parse at 100,000 articles. Here a common word
 * costs about 2 bytes per article (gap byte + fields byte).
 */
export type PostingList = {
  length: number;
  /** Doc numbers, ascending: plain in the live delta... */
  docs: Uint32Array | null;
  /** ...or, in the packed base, as LEB128 gaps (one byte per posting for common words). */
  docBytes: Uint8Array | null;
  /** Fields byte of each posting (see analyzer FIELD). */
  info: Uint8Array;
  /** Bit k set: the article contains `variantKeys[k]` (k ≥ 7 share bit 7). Null: one form only, bit 0 everywhere. */
  variants: Uint8Array | null;
  variantKeys: readonly string[];
  /** Per posting, the bits (analyzer nextBit) of the words that follow this one; null while not loaded. */
  next: Uint16Array | null;
};

/**
 * The one decoder of packed lists (LEB128 gaps), shared by forEachDoc and the hot loops of
 * query-engine and prefix-gains. A reader per list, not per posting: nothing is allocated
 * per doc, and V8 inlines `next()` into those loops.
 */
export class GapReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  next(): number {
    const bytes = this.bytes;
    let b = bytes[this.at++]!;
    let gap = b & 0x7f;
    for (let shift = 7; b >= 0x80; shift += 7) {
      b = bytes[this.at++]!;
      gap |= (b & 0x7f) << shift;
    }
    return gap;
  }
}

/** Writes one gap (< 2^31) at `at` as LEB128; returns the position after it. `bytes` must have 5 bytes free. */
export function writeGap(bytes: Uint8Array, at: number, gap: number): number {
  let rest = gap;
  while (rest >= 0x80) {
    bytes[at++] = (rest & 0x7f) | 0x80;
    rest >>>= 7;
  }
  bytes[at++] = rest;
  return at;
}

/** Calls `visit` with each doc number of a list, whichever way it is stored. Not for hot paths. */
export function forEachDoc(list: PostingList, visit: (doc: number, index: number) => void): void {
  if (list.docs) {
    for (let i = 0; i < list.length; i++) visit(list.docs[i]!, i);
    return;
  }
  const gaps = new GapReader(list.docBytes!);
  let doc = 0;
  for (let i = 0; i < list.length; i++) {
    doc += gaps.next();
    visit(doc, i);
  }
}

export interface PostingsReader {
  lookup(term: string): PostingList | null;
  /** Terms longer than `prefix` that start with it. */
  termsWithPrefix(prefix: string): string[];
  readonly termCount: number;
}

/**
 * One byte of variant bits a posting: a word's first seven marked forms have a bit each and the
 * rarer ones share the last (exact-mark ranking may then take one rare form for another). Two
 * bytes cost 27 MB more at 100,000 articles for that difference.
 */
export const VARIANT_BITS = 8;

export function variantBit(index: number): number {
  return 1 << Math.min(index, VARIANT_BITS - 1);
}

/** Postings that grow as articles are added: the build's accumulator and the live delta. */
export class MutablePostings implements PostingsReader {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  readonly variantKeys: string[][] = [];
  private docs: Uint32Array[] = [];
  private info: Uint8Array[] = [];
  private variants: Uint8Array[] = [];
  private next: Uint16Array[] = [];
  private lengths: number[] = [];
  postingCount = 0;

  get termCount(): number {
    return this.terms.length;
  }

  private termId(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.variantKeys.push([]);
      this.docs.push(new Uint32Array(4));
      this.info.push(new Uint8Array(4));
      this.variants.push(new Uint8Array(4));
      this.next.push(new Uint16Array(4));
      this.lengths.push(0);
    }
    return id;
  }

  private grow(id: number): void {
    const size = this.docs[id]!.length * 2;
    const docs = new Uint32Array(size);
    docs.set(this.docs[id]!);
    const info = new Uint8Array(size);
    info.set(this.info[id]!);
    const variants = new Uint8Array(size);
    variants.set(this.variants[id]!);
    const next = new Uint16Array(size);
    next.set(this.next[id]!);
    this.docs[id] = docs;
    this.info[id] = info;
    this.variants[id] = variants;
    this.next[id] = next;
  }

  /** Adds one article; doc numbers must only increase, so every list stays sorted. */
  add(docNo: number, doc: AnalyzedDoc): void {
    for (const [term, entry] of doc) {
      const id = this.termId(term);
      const keys = this.variantKeys[id]!;
      let mask = 0;
      for (const variant of entry.variants) {
        let k = keys.indexOf(variant);
        if (k < 0) k = keys.push(variant) - 1;
        mask |= variantBit(k);
      }
      const at = this.lengths[id]!;
      if (at === this.docs[id]!.length) this.grow(id);
      this.docs[id]![at] = docNo;
      this.info[id]![at] = entry.info;
      this.variants[id]![at] = mask;
      this.next[id]![at] = entry.next;
      this.lengths[id] = at + 1;
      this.postingCount++;
    }
  }

  lookup(term: string): PostingList | null {
    const id = this.ids.get(term);
    if (id === undefined) return null;
    const length = this.lengths[id]!;
    return {
      length,
      docs: this.docs[id]!.subarray(0, length),
      docBytes: null,
      info: this.info[id]!.subarray(0, length),
      variants: this.variants[id]!.subarray(0, length),
      variantKeys: this.variantKeys[id]!,
      next: this.next[id]!.subarray(0, length),
    };
  }

  termsWithPrefix(prefix: string): string[] {
    return this.terms.filter((term) => term.length > prefix.length && term.startsWith(prefix));
  }
}

/** The arrays of a packed base, as stored on disk. Each *Offsets array has one entry per term plus one. */
export type PackedArrays = {
  /** Posting index where each term starts (into `info`). */
  offsets: Uint32Array;
  /** Byte where each term starts (into `docBytes`). */
  byteOffsets: Uint32Array;
  /** Where each term's variant masks start (into `variants`); empty range for one-form terms. */
  variantOffsets: Uint32Array;
  docBytes: Uint8Array;
  info: Uint8Array;
  variants: Uint8Array;
  /** One follower mask per posting, parallel to `info`; loaded after the rest (only phrases need it). */
  next: Uint16Array | null;
};

/** Postings packed into flat arrays, terms sorted: what is persisted and loaded. */
export class FrozenPostings implements PostingsReader {
  private readonly ids: Map<string, number> = new Map();

  /**
   * @param ids Each term's number, when the caller built the map already (the rebuild's
   * adoption builds it in slices); otherwise made here in one pass.
   */
  constructor(
    readonly terms: readonly string[],
    readonly variantKeys: readonly (readonly string[])[],
    readonly arrays: PackedArrays,
    ids?: Map<string, number>,
  ) {
    if (ids) this.ids = ids;
    else terms.forEach((term, i) => this.ids.set(term, i));
  }

  /** Adds the follower masks once they are read; until then phrase filtering lets every doc through. */
  attachFollowers(next: Uint16Array): void {
    if (next.length === this.postingCount) this.arrays.next = next;
  }

  static empty(): FrozenPostings {
    const zero = new Uint32Array(1);
    return new FrozenPostings([], [], {
      offsets: zero,
      byteOffsets: zero,
      variantOffsets: zero,
      docBytes: new Uint8Array(0),
      info: new Uint8Array(0),
      variants: new Uint8Array(0),
      next: new Uint16Array(0),
    });
  }

  get termCount(): number {
    return this.terms.length;
  }

  get postingCount(): number {
    return this.arrays.info.length;
  }

  lookup(term: string): PostingList | null {
    const id = this.ids.get(term);
    if (id === undefined) return null;
    const { offsets, byteOffsets, variantOffsets, docBytes, info, variants, next } = this.arrays;
    const start = offsets[id]!;
    const end = offsets[id + 1]!;
    const variantStart = variantOffsets[id]!;
    const variantEnd = variantOffsets[id + 1]!;
    return {
      length: end - start,
      docs: null,
      docBytes: docBytes.subarray(byteOffsets[id]!, byteOffsets[id + 1]!),
      info: info.subarray(start, end),
      variants: variantEnd > variantStart ? variants.subarray(variantStart, variantEnd) : null,
      variantKeys: this.variantKeys[id]!,
      next: next ? next.subarray(start, end) : null,
    };
  }

  termsWithPrefix(prefix: string): string[] {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < this.terms.length && this.terms[i]!.startsWith(prefix); i++) {
      if (this.terms[i]!.length > prefix.length) found.push(this.terms[i]!);
    }
    return found;
  }
}
