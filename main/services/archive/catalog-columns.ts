import type { ArticleMeta } from '../../../shared/model';
import { ARTICLE_FIELDS, decodeArticle } from './catalog-codec';
import type { TrashEntry } from './catalog-schema';
import { allValuesValid, metaAt } from './column-checks';

/**
 * Since schemaVersion 4, catalog.jsonl holds one line per field (a column) after the header,
 * then one line with the trash's deletion dates. One JSON.parse per column instead of one per
 * article is what opens 100,000 articles in under half a second: a column of ids, dates, URLs or
 * hashes is pure ASCII, so V8 keeps it in one-byte strings, and only the title and lead columns
 * pay for two-byte text. A column with few distinct values (category, site, author, import
 * time) is stored as its distinct values plus an index per article, which also makes all
 * articles share those strings in memory.
 */
export type Columns = { articles: ArticleMeta[]; trash: TrashEntry[] };

/** Values serialized per chunk before yielding, so a compaction never freezes the app. */
const WRITE_CHUNK = 5000;
const NEWLINE = 0x0a;
/** Lines after the header: one per field, then the trash's deletedAt. */
export const COLUMN_LINES = ARTICLE_FIELDS.length + 1;

type Dictionary = { values: unknown[]; refs: number[] };

const pause = () => new Promise((resolve) => setImmediate(resolve));

async function writeArray(
  values: readonly unknown[],
  write: (chunk: string) => Promise<void>,
): Promise<void> {
  if (values.length === 0) return write('[]');
  for (let start = 0; start < values.length; start += WRITE_CHUNK) {
    const chunk = JSON.stringify(values.slice(start, start + WRITE_CHUNK)).slice(1, -1);
    const last = start + WRITE_CHUNK >= values.length;
    await write(`${start === 0 ? '[' : ','}${chunk}${last ? ']' : ''}`);
    await pause();
  }
}

/** A dictionary when a quarter or fewer of the values are distinct; null otherwise. */
function dictionaryOf(column: readonly unknown[]): Dictionary | null {
  const limit = Math.floor(column.length / 4);
  const index = new Map<unknown, number>();
  const refs = new Array<number>(column.length);
  for (let i = 0; i < column.length; i++) {
    let ref = index.get(column[i]);
    if (ref === undefined) {
      if (index.size >= limit) return null;
      ref = index.size;
      index.set(column[i], ref);
    }
    refs[i] = ref;
  }
  return { values: [...index.keys()], refs };
}

export async function encodeColumns(
  articles: readonly ArticleMeta[],
  trash: readonly TrashEntry[],
  write: (chunk: string) => Promise<void>,
): Promise<void> {
  const metas = [...articles, ...trash.map((entry) => entry.meta)];
  for (const field of ARTICLE_FIELDS) {
    const column = metas.map((meta) => meta[field]);
    const dictionary = dictionaryOf(column);
    if (dictionary) {
      await write(`{"values":${JSON.stringify(dictionary.values)},"refs":`);
      await writeArray(dictionary.refs, write);
      await write('}\n');
    } else {
      await writeArray(column, write);
      await write('\n');
    }
  }
  await writeArray(
    trash.map((entry) => entry.deletedAt),
    write,
  );
  await write('\n');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A column line back to one value per article, or the reason it cannot be. */
function readColumn(raw: unknown, expected: number): unknown[] | string {
  let values: unknown[];
  if (Array.isArray(raw)) values = raw;
  else {
    const { values: distinct, refs } = (raw ?? {}) as Partial<Dictionary>;
    if (!Array.isArray(distinct) || !Array.isArray(refs)) return 'not valid JSON';
    values = new Array<unknown>(refs.length);
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      if (!Number.isInteger(ref) || ref < 0 || ref >= distinct.length)
        return `value ${i + 1} refers to no stored value`;
      values[i] = distinct[ref];
    }
  }
  if (values.length !== expected)
    return `holds ${values.length} values, the header says ${expected} (the file was cut short)`;
  return values;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;

/** Articles built between two turns of the event loop while decoding. */
const DECODE_CHUNK = 20_000;

/**
 * Decodes the column lines that follow the header (which starts at `start`); a reason when any
 * part is wrong. It hands the event loop back after each column and every DECODE_CHUNK
 * articles: at 100,000 articles the decode is a few hundred milliseconds, and the host serves
 * the page (which then waits only for its first list) during it instead of after it.
 */
export async function decodeColumns(
  buffer: Buffer,
  start: number,
  articleCount: number,
  trashCount: number,
): Promise<Columns | string> {
  const total = articleCount + trashCount;
  const columns: unknown[][] = [];
  /** What allValuesValid checks: a plain column's values, a dictionary column's distinct values. */
  const stored: unknown[][] = [];
  const names = [...ARTICLE_FIELDS, 'deletedAt'];
  for (let i = 0; i < COLUMN_LINES; i++, start++) {
    if (start >= buffer.length)
      return `holds ${i} of ${COLUMN_LINES} columns (the file was cut short)`;
    let end = buffer.indexOf(NEWLINE, start);
    if (end === -1) end = buffer.length;
    const raw = parseJson(buffer.toString('utf8', start, end));
    if (raw === undefined) return `column ${names[i]}: not valid JSON`;
    const column = readColumn(raw, i < ARTICLE_FIELDS.length ? total : trashCount);
    if (typeof column === 'string') return `column ${names[i]}: ${column}`;
    columns.push(column);
    stored.push(Array.isArray(raw) ? column : (raw as Dictionary).values);
    start = end;
    await pause();
  }
  const articles: ArticleMeta[] = new Array<ArticleMeta>(articleCount);
  const trash: TrashEntry[] = new Array<TrashEntry>(trashCount);
  const row = new Array<unknown>(ARTICLE_FIELDS.length);
  const deletedAt = columns[ARTICLE_FIELDS.length]!;
  const checked = allValuesValid(ARTICLE_FIELDS, stored);
  for (let a = 0; a < total; a++) {
    if (a > 0 && a % DECODE_CHUNK === 0) await pause();
    let meta: ArticleMeta | string;
    if (checked) meta = metaAt(columns, a);
    else {
      for (let f = 0; f < ARTICLE_FIELDS.length; f++) row[f] = columns[f]![a];
      meta = decodeArticle(row, 0);
    }
    const inTrash = a >= articleCount;
    const where = inTrash ? `trash entry ${a - articleCount + 1}` : `article ${a + 1}`;
    if (typeof meta === 'string') return `${where}: ${meta}`;
    if (!inTrash) articles[a] = meta;
    else {
      const at = deletedAt[a - articleCount];
      if (typeof at !== 'string' || !ISO.test(at))
        return `${where}: deletedAt is not an ISO date-time`;
      trash[a - articleCount] = { meta, deletedAt: at };
    }
  }
  return { articles, trash };
}
