import { packStrings, unpackStrings, type PackedStrings } from './rebuild-transfer';
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

/** The table back from its packed form, handing the event loop back as it goes (100k entries). */
export async function unpackEntries(entries: PackedEntries): Promise<Map<string, Entry>> {
  const ids = unpackStrings(entries.ids);
  const hashes = unpackStrings(entries.hashes);
  const table = new Map<string, Entry>();
  const yielder = new Yielder();
  for (let k = 0; k < ids.length; k++) {
    table.set(ids[k]!, {
      hash: hashes[k]!,
      offset: entries.offsets[k]!,
      textBytes: entries.textBytes[k]!,
      foldedBytes: entries.foldedBytes[k]!,
      aligned: (entries.flags[k]! & 1) === 1,
      derived: (entries.flags[k]! & 2) === 2,
    });
    if (k % 4096 === 0) await yielder.maybeYield();
  }
  return table;
}
