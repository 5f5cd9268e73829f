import { packStrings, unpackStringsInSlices, type PackedStrings } from './rebuild-transfer';
import { Yielder } from './yielder';

/**
 * Where one article's texts sit in the data file: body text, then its folded body + captions,
 * each deflated with a preset dictionary. `aligned`: the body folds unit for unit, so the folded
 * copy's start doubles as its folded form. `derived`: the folded body is not stored (only the
 * captions' part is) because fastFold gives it back from the text.
 */
export type Entry = {
  hash: string;
  offset: number;
  textBytes: number;
  foldedBytes: number;
  aligned: boolean;
  derived: boolean;
};

/**
 * UTF-16 units of a content hash kept per row: as many as the table file keeps (a chance in 2^48
 * to take an edited article for the one stored), so a hash reads the same before and after a
 * restart. Exported for the file, which keeps no more.
 */
export const HASH_KEPT = 12;

/** The table's columns, one row per article; `hashes` holds HASH_KEPT units a row, 0-padded. */
type Columns = {
  offsets: Float64Array;
  textBytes: Uint32Array;
  foldedBytes: Uint32Array;
  flags: Uint8Array;
  hashes: Uint16Array;
};

/** A store's table as transferable arrays: how a store filled by the rebuild worker is handed over. */
export type PackedEntries = Columns & {
  size: number;
  /** Bytes of the store's trained dictionary, at the start of its data file. */
  dictionary: number;
  ids: PackedStrings;
};

function columns(capacity: number): Columns {
  return {
    offsets: new Float64Array(capacity),
    textBytes: new Uint32Array(capacity),
    foldedBytes: new Uint32Array(capacity),
    flags: new Uint8Array(capacity),
    hashes: new Uint16Array(capacity * HASH_KEPT),
  };
}

/**
 * The text store's table: id → row, and the rows in typed arrays. One object per article (the
 * table was a Map of 100,000 entries, each with its hash string) made the rebuild's hand-over
 * build 200,000 objects on the main thread, all surviving into the old generation; here it builds
 * the map alone, over the catalogue's own id strings, and takes the worker's arrays as they are.
 * Rows keep their order: a record stored again for an id replaces its row in place (as Map.set).
 */
export class EntryTable {
  private constructor(
    private readonly rows: Map<string, number>,
    private cols: Columns,
  ) {}

  static empty(capacity = 0): EntryTable {
    return new EntryTable(new Map(), columns(capacity));
  }

  get size(): number {
    return this.rows.size;
  }

  /** The row's entry, made on each call (a read inflates a record: one small object is nothing beside it). */
  get(id: string): Entry | undefined {
    const row = this.rows.get(id);
    if (row === undefined) return undefined;
    const { offsets, textBytes, foldedBytes, flags, hashes } = this.cols;
    const at = row * HASH_KEPT;
    let end = at;
    while (end < at + HASH_KEPT && hashes[end] !== 0) end++;
    return {
      hash: String.fromCharCode(...hashes.subarray(at, end)),
      offset: offsets[row]!,
      textBytes: textBytes[row]!,
      foldedBytes: foldedBytes[row]!,
      aligned: (flags[row]! & 1) === 1,
      derived: (flags[row]! & 2) === 2,
    };
  }

  set(id: string, entry: Entry): void {
    let row = this.rows.get(id);
    if (row === undefined) {
      row = this.rows.size;
      if (row === this.cols.offsets.length) this.grow();
      this.rows.set(id, row);
    }
    const { offsets, textBytes, foldedBytes, flags, hashes } = this.cols;
    offsets[row] = entry.offset;
    textBytes[row] = entry.textBytes;
    foldedBytes[row] = entry.foldedBytes;
    flags[row] = (entry.aligned ? 1 : 0) | (entry.derived ? 2 : 0);
    const at = row * HASH_KEPT;
    hashes.fill(0, at, at + HASH_KEPT);
    for (let i = 0; i < Math.min(HASH_KEPT, entry.hash.length); i++)
      hashes[at + i] = entry.hash.charCodeAt(i);
  }

  private grow(): void {
    const old = this.cols;
    const next = columns(old.offsets.length + (old.offsets.length >> 1) + 64);
    next.offsets.set(old.offsets);
    next.textBytes.set(old.textBytes);
    next.foldedBytes.set(old.foldedBytes);
    next.flags.set(old.flags);
    next.hashes.set(old.hashes);
    this.cols = next;
  }

  clear(): void {
    this.rows.clear();
    this.cols = columns(0);
  }

  /** Ids and entries in row order (the order they were first stored). */
  *entries(): IterableIterator<[string, Entry]> {
    for (const id of this.rows.keys()) yield [id, this.get(id)!];
  }

  /** The table in transferable form: a store filled by the rebuild worker crosses to the main thread. */
  pack(size: number, dictionary: number): PackedEntries {
    const n = this.rows.size;
    const { offsets, textBytes, foldedBytes, flags, hashes } = this.cols;
    return {
      size,
      dictionary,
      ids: packStrings([...this.rows.keys()]),
      offsets: offsets.slice(0, n),
      textBytes: textBytes.slice(0, n),
      foldedBytes: foldedBytes.slice(0, n),
      flags: flags.slice(0, n),
      hashes: hashes.slice(0, n * HASH_KEPT),
    };
  }

  /**
   * The table back from its packed form, beside the store's live table (which answers
   * meanwhile): the ids are decoded a chunk at a time and mapped to rows a thousand at a time,
   * the event loop handed back whenever a slice ran its time; the arrays become the columns.
   */
  static async unpack(
    packed: PackedEntries,
    options: UnpackEntriesOptions = {},
  ): Promise<EntryTable> {
    const yielder = options.yielder ?? new Yielder();
    const ids = await unpackStringsInSlices(packed.ids, yielder, options.chunkBytes);
    const n = ids.length;
    const { offsets, textBytes, foldedBytes, flags, hashes } = packed;
    // A lost chunk would pair ids with other rows' offsets: refuse rather than read wrong texts.
    if (
      offsets.length !== n ||
      textBytes.length !== n ||
      foldedBytes.length !== n ||
      flags.length !== n ||
      hashes.length !== n * HASH_KEPT
    )
      throw new Error(`text store table: ${n} ids, ${offsets.length} rows`);
    const same = options.sameString;
    const rows = new Map<string, number>();
    await yielder.each(n, (k) => rows.set(same ? same(ids[k]!) : ids[k]!, k), options.every);
    if (rows.size !== n) throw new Error(`text store table: ${n} rows for ${rows.size} ids`);
    return new EntryTable(rows, { offsets, textBytes, foldedBytes, flags, hashes });
  }
}

export type UnpackEntriesOptions = {
  yielder?: Yielder;
  /** Bytes of strings decoded per slice, and ids per clock check (smaller in tests). */
  chunkBytes?: number;
  every?: number;
  /** An equal id string already held (the catalogue's), kept instead of the decoded one. */
  sameString?: (id: string) => string;
};
