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
/** A store's table as transferable arrays: how a store filled by the rebuild worker is handed over. */
export type PackedEntries = {
  size: number;
  /** Bytes of the store's trained dictionary, at the start of its data file. */
  dictionary: number;
  ids: PackedStrings;
  hashes: PackedStrings;
  offsets: Float64Array;
  textBytes: Uint32Array;
  foldedBytes: Uint32Array;
  flags: Uint8Array;
};

/** The table in transferable form: a store filled by the rebuild worker crosses to the main thread. */
export function packEntries(
  entries: ReadonlyMap<string, Entry>,
  size: number,
  dictionary: number,
): PackedEntries {
  const n = entries.size;
  const out = {
    offsets: new Float64Array(n),
    textBytes: new Uint32Array(n),
    foldedBytes: new Uint32Array(n),
    flags: new Uint8Array(n),
  };
  const hashes: string[] = [];
  let k = 0;
  for (const e of entries.values()) {
    hashes.push(e.hash);
    out.offsets[k] = e.offset;
    out.textBytes[k] = e.textBytes;
    out.foldedBytes[k] = e.foldedBytes;
    out.flags[k++] = (e.aligned ? 1 : 0) | (e.derived ? 2 : 0);
  }
  return {
    size,
    dictionary,
    ids: packStrings([...entries.keys()]),
    hashes: packStrings(hashes),
    ...out,
  };
}

export type UnpackEntriesOptions = {
  yielder?: Yielder;
  /** Bytes of strings decoded per slice, and entries per clock check (smaller in tests). */
  chunkBytes?: number;
  every?: number;
  /** An equal id string already held (the catalogue's), kept instead of the decoded one. */
  sameString?: (id: string) => string;
};

/**
 * The table back from its packed form, beside the store's live table (which answers meanwhile).
 * In one go this held the main thread 36–93 ms at 100,000 entries (one decode and split of all
 * ids and hashes, then 100,000 entries): here the strings are decoded a chunk at a time and the
 * entries made a thousand at a time, the event loop handed back whenever a slice ran its time.
 */
export async function unpackEntries(
  entries: PackedEntries,
  options: UnpackEntriesOptions = {},
): Promise<Map<string, Entry>> {
  const yielder = options.yielder ?? new Yielder();
  const ids = await unpackStringsInSlices(entries.ids, yielder, options.chunkBytes);
  const hashes = await unpackStringsInSlices(entries.hashes, yielder, options.chunkBytes);
  const n = ids.length;
  const { offsets, textBytes, foldedBytes, flags } = entries;
  if (hashes.length !== n || offsets.length !== n || flags.length !== n)
    throw new Error(`text store table: ${n} ids, ${hashes.length} hashes, ${offsets.length} rows`);
  const same = options.sameString;
  const table = new Map<string, Entry>();
  await yielder.each(
    n,
    (k) => {
      const flag = flags[k]!;
      table.set(same ? same(ids[k]!) : ids[k]!, {
        hash: hashes[k]!,
        offset: offsets[k]!,
        textBytes: textBytes[k]!,
        foldedBytes: foldedBytes[k]!,
        aligned: (flag & 1) === 1,
        derived: (flag & 2) === 2,
      });
    },
    options.every,
  );
  return table;
}
