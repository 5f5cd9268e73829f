import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import { writeAtomicWith } from '../fs/atomic-write';
import { EntryTable, HASH_KEPT, type Entry } from './text-store-table';

/** The text store's table file: JSON, gzipped since store version 4 (ids and hashes compress to half). */
const TABLE = 'texts.json';
const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);

/** True when the entry was stored for this content (the table keeps a prefix of the hash). */
export const sameContent = (entry: Entry | undefined, contentHash: string): boolean =>
  entry !== undefined && contentHash.startsWith(entry.hash);

export const hashOf = (bytes: Buffer): string => createHash('sha1').update(bytes).digest('hex');

/** Bit 0: aligned, bit 1: derived. */
type Flags = 0 | 1 | 2 | 3;
export type TableFile = {
  version: number;
  size: number;
  /** Bytes of the trained dictionary at offset 0 of the data file, and their SHA-1. */
  dictionary: number;
  dictionaryHash: string;
  /**
   * One column a field, entry by entry (since version 7: gzip packs like next to like, 20 %
   * tighter than a row per entry). The offset is kept as the gap after the previous entry's
   * record (the dictionary for the first): 0 for all but replaced records, where absolute
   * offsets took 0.4 MB of the gzipped table at 100,000 articles.
   */
  columns: {
    ids: StringColumn;
    hashes: StringColumn;
    gaps: number[];
    textBytes: number[];
    foldedBytes: number[];
    flags: Flags[];
  };
};
/** Strings all of one width run together (ids and hash prefixes mostly are), else an array. */
type StringColumn = { width: number; joined: string } | string[];

function packColumn(strings: string[]): StringColumn {
  const width = strings[0]?.length ?? 0;
  return width > 0 && strings.every((s) => s.length === width)
    ? { width, joined: strings.join('') }
    : strings;
}

function unpackColumn(column: StringColumn, count: number): string[] {
  if (Array.isArray(column)) return column;
  const { width, joined } = column;
  if (joined.length !== width * count) throw new Error(`table damaged: a column cut short`);
  return Array.from({ length: count }, (_, i) => joined.slice(i * width, (i + 1) * width));
}

export const tablePath = (dir: string): string => path.join(dir, TABLE);

/** The table as saved (gzipped or, before version 4, plain JSON); null when missing or cut short. */
export async function readTableFile(dir: string): Promise<TableFile | null> {
  try {
    const bytes = await readFile(tablePath(dir));
    const json = bytes[0] === 0x1f && bytes[1] === 0x8b ? await gunzip(bytes) : bytes;
    return JSON.parse(json.toString('utf8')) as TableFile;
  } catch {
    return null;
  }
}

export function entriesOf(table: TableFile): EntryTable {
  const { gaps, textBytes, foldedBytes, flags } = table.columns;
  const ids = unpackColumn(table.columns.ids, gaps.length);
  const hashes = unpackColumn(table.columns.hashes, gaps.length);
  const n = gaps.length;
  // Columns of other lengths would pair one article's id with another's record.
  for (const column of [ids, hashes, textBytes, foldedBytes, flags])
    if (column.length !== n)
      throw new Error(`table damaged: ${n} rows, a column of ${column.length}`);
  const entries = EntryTable.empty(n);
  let end = table.dictionary;
  for (let i = 0; i < n; i++) {
    const offset = end + gaps[i]!;
    end = offset + textBytes[i]! + foldedBytes[i]!;
    if (offset < table.dictionary || end > table.size)
      throw new Error(`table damaged: record ${i} outside the data`);
    entries.set(ids[i]!, {
      hash: hashes[i]!,
      offset,
      textBytes: textBytes[i]!,
      foldedBytes: foldedBytes[i]!,
      aligned: (flags[i]! & 1) === 1,
      derived: (flags[i]! & 2) === 2,
    });
  }
  return entries;
}

/** The saved table's entries and dictionary; throws, saying why, when it does not fit the data file. */
export function checkedTable(
  table: TableFile | null,
  version: number,
  dataBytes: number,
  readDictionary: (bytes: number) => Buffer | null,
): { entries: EntryTable; dictionary: Buffer | null; size: number } {
  if (!table) throw new Error('no table');
  if (table.version !== version)
    throw new Error(`written by store version ${table.version}, this is ${version}`);
  if (table.size > dataBytes) throw new Error('data file shorter than its table');
  const dictionary = table.dictionary > 0 ? readDictionary(table.dictionary) : null;
  // A damaged dictionary would inflate every record into wrong text without an error.
  if (table.dictionary > 0 && (!dictionary || hashOf(dictionary) !== table.dictionaryHash))
    throw new Error('dictionary damaged');
  return { entries: entriesOf(table), dictionary, size: table.size };
}

export async function writeTableFile(
  dir: string,
  version: number,
  size: number,
  dictionary: Buffer | null,
  entries: EntryTable,
): Promise<void> {
  let end = dictionary?.length ?? 0;
  const rows = [...entries.entries()];
  const table: TableFile = {
    version,
    size,
    dictionary: dictionary?.length ?? 0,
    dictionaryHash: dictionary ? hashOf(dictionary) : '',
    columns: {
      ids: packColumn(rows.map(([id]) => id)),
      hashes: packColumn(rows.map(([, e]) => e.hash.slice(0, HASH_KEPT))),
      gaps: rows.map(([, e]) => {
        const gap = e.offset - end;
        end = e.offset + e.textBytes + e.foldedBytes;
        return gap;
      }),
      textBytes: rows.map(([, e]) => e.textBytes),
      foldedBytes: rows.map(([, e]) => e.foldedBytes),
      flags: rows.map(([, e]) => ((e.aligned ? 1 : 0) | (e.derived ? 2 : 0)) as Flags),
    },
  };
  const packed = await gzip(JSON.stringify(table));
  await writeAtomicWith(tablePath(dir), (write) => write(packed));
}
