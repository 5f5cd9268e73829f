import type { AnalyzedDoc } from './analyzer';

/**
 * An inverted index written by hand over typed arrays rather than FlexSearch: it holds, per
 * posting, the fields byte and a bitmask of the marked forms seen (for exact-mark ranking) in
 * 7 bytes, and it persists as flat binary that loads in milliseconds. FlexSearch keeps
 * postings as JS arrays (8 bytes per id, no per-posting data) and exports JSON, which would
 * need a second index for marks and seconds to parse at 100,000 articles.
 */
export type PostingList = {
  docs: Uint32Array;
  info: Uint8Array;
  /** Bit k set: the article contains `variantKeys[k]` (k ≥ 15 all share bit 15). */
  variants: Uint16Array;
  variantKeys: readonly string[];
};

export interface PostingsReader {
  lookup(term: string): PostingList | null;
  /** Terms longer than `prefix` that start with it. */
  termsWithPrefix(prefix: string): string[];
  readonly termCount: number;
}

export const VARIANT_BITS = 16;

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
  private variants: Uint16Array[] = [];
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
      this.variants.push(new Uint16Array(4));
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
    const variants = new Uint16Array(size);
    variants.set(this.variants[id]!);
    this.docs[id] = docs;
    this.info[id] = info;
    this.variants[id] = variants;
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
      this.lengths[id] = at + 1;
      this.postingCount++;
    }
  }

  lookup(term: string): PostingList | null {
    const id = this.ids.get(term);
    if (id === undefined) return null;
    const length = this.lengths[id]!;
    return {
      docs: this.docs[id]!.subarray(0, length),
      info: this.info[id]!.subarray(0, length),
      variants: this.variants[id]!.subarray(0, length),
      variantKeys: this.variantKeys[id]!,
    };
  }

  termsWithPrefix(prefix: string): string[] {
    return this.terms.filter((term) => term.length > prefix.length && term.startsWith(prefix));
  }
}

/** Postings packed into four flat arrays, terms sorted: what is persisted and loaded. */
export class FrozenPostings implements PostingsReader {
  private readonly ids = new Map<string, number>();

  constructor(
    readonly terms: readonly string[],
    readonly variantKeys: readonly (readonly string[])[],
    /** offsets[i]..offsets[i + 1] is term i's slice of the three arrays below. */
    readonly offsets: Uint32Array,
    readonly docs: Uint32Array,
    readonly info: Uint8Array,
    readonly variants: Uint16Array,
  ) {
    terms.forEach((term, i) => this.ids.set(term, i));
  }

  static empty(): FrozenPostings {
    return new FrozenPostings([], [], new Uint32Array(1), new Uint32Array(0), new Uint8Array(0), new Uint16Array(0));
  }

  get termCount(): number {
    return this.terms.length;
  }

  get postingCount(): number {
    return this.docs.length;
  }

  lookup(term: string): PostingList | null {
    const id = this.ids.get(term);
    if (id === undefined) return null;
    const start = this.offsets[id]!;
    const end = this.offsets[id + 1]!;
    return {
      docs: this.docs.subarray(start, end),
      info: this.info.subarray(start, end),
      variants: this.variants.subarray(start, end),
      variantKeys: this.variantKeys[id]!,
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
