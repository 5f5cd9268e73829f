import path from 'node:path';
import type { Adapter } from 'lowdb';
import { z } from 'zod';
import { CategorySchema, type ArticleMeta } from '../../../shared/model';
import { isNotFound, type FsLike } from '../fs/fs-like';
import { writeAtomicWith } from '../fs/atomic-write';
import { ARTICLE_FIELDS, ARTICLE_LINE, TRASH_LINE, decodeArticle } from './catalog-codec';
import { decodeColumns, encodeColumns } from './catalog-columns';
import {
  CatalogDataSchema,
  CURRENT_SCHEMA_VERSION,
  type CatalogData,
  type TrashEntry,
} from './catalog-schema';
import { describeIssue, readJson } from './json-file';
import { schemaVersionOf, unsupportedVersionReason } from './migrations';
import { CatalogProblem } from './problems';

export const CATALOG_FILE = 'catalog.jsonl';
/** Versions 1 and 2 kept the catalogue as one JSON document; it is migrated into catalog.jsonl. */
export const LEGACY_CATALOG_FILE = 'catalog.json';
/** Version 3 wrote one line per article; it is still read, and rewritten as columns when writable. */
const ROWS_SCHEMA_VERSION = 3;
const NEWLINE = 0x0a;

const HeaderSchema = z.object({
  format: z.literal('kho-tin-catalog'),
  schemaVersion: z.number(),
  generation: z.number().int().nonnegative(),
  articleFields: z.array(z.string()),
  articleCount: z.number().int().nonnegative(),
  trashCount: z.number().int().nonnegative(),
  categories: z.array(CategorySchema),
});

/**
 * lowdb's adapter for the catalogue snapshot. It validates what it reads (throwing CatalogProblem
 * rather than handing lowdb something it would later overwrite), brings a legacy catalog.json
 * forward through `upgrade`, and writes catalog.jsonl atomically in chunks.
 */
export class CatalogFileAdapter implements Adapter<CatalogData> {
  /** The legacy schemaVersion read, when the last read() came from catalog.json. */
  legacyVersion: number | null = null;
  /** The schemaVersion of the catalog.jsonl last read (older ones are upgraded on the next write). */
  snapshotVersion: number | null = null;

  constructor(
    private readonly dir: string,
    private readonly fs: FsLike,
    private readonly upgrade: (raw: unknown) => Promise<unknown> = async (raw) => raw,
  ) {}

  async read(): Promise<CatalogData | null> {
    let buffer: Buffer;
    try {
      buffer = await this.fs.readFile(path.join(this.dir, CATALOG_FILE));
    } catch (error) {
      if (!isNotFound(error))
        throw new CatalogProblem(CATALOG_FILE, `cannot be read (${(error as Error).message})`);
      return this.readLegacy();
    }
    const result = await decodeCatalog(buffer);
    if (typeof result === 'string') throw new CatalogProblem(CATALOG_FILE, result);
    this.snapshotVersion = result.fromVersion;
    return result.data;
  }

  private async readLegacy(): Promise<CatalogData | null> {
    const result = await readJson(this.fs, path.join(this.dir, LEGACY_CATALOG_FILE));
    if (result.kind === 'missing') return null;
    if (result.kind === 'bad') throw new CatalogProblem(LEGACY_CATALOG_FILE, result.reason);
    this.legacyVersion = schemaVersionOf(result.value);
    const parsed = CatalogDataSchema.safeParse(await this.upgrade(result.value));
    if (!parsed.success)
      throw new CatalogProblem(LEGACY_CATALOG_FILE, describeIssue(parsed.error.issues));
    return parsed.data;
  }

  async write(data: CatalogData): Promise<void> {
    await writeAtomicWith(
      path.join(this.dir, CATALOG_FILE),
      (write) => encodeCatalog(data, write),
      this.fs,
    );
  }
}

/** The catalogue as catalog.jsonl text, chunk by chunk (also how an exported selection carries its articles). */
export async function encodeCatalog(
  data: CatalogData,
  write: (chunk: string) => Promise<void>,
): Promise<void> {
  const { schemaVersion, generation, categories } = data;
  const header = {
    format: 'kho-tin-catalog',
    schemaVersion,
    generation,
    articleFields: ARTICLE_FIELDS,
    articleCount: data.articles.length,
    trashCount: data.trash.length,
    categories,
  };
  await write(`${JSON.stringify(header)}\n`);
  await encodeColumns(data.articles, data.trash, write);
}

/** Parses catalog.jsonl (columns, or version 3's rows); returns the reason when any part is wrong. */
export async function decodeCatalog(
  buffer: Buffer,
): Promise<{ data: CatalogData; fromVersion: number } | string> {
  if (buffer.length === 0) return 'the file is empty';
  // A power cut on some file systems leaves a run of NUL bytes where data should be.
  if (buffer.indexOf(0) !== -1) return 'the file contains NUL bytes (damaged on disk)';
  const end = buffer.indexOf(NEWLINE);
  const rawHeader = parseJson(buffer.toString('utf8', 0, end === -1 ? buffer.length : end));
  if (rawHeader === undefined) return 'line 1 (header): not valid JSON';
  const header = HeaderSchema.safeParse(rawHeader);
  if (!header.success) return `line 1 (header): ${describeIssue(header.error.issues)}`;
  const version = header.data.schemaVersion;
  const unsupported =
    unsupportedVersionReason(version) ??
    (version === CURRENT_SCHEMA_VERSION || version === ROWS_SCHEMA_VERSION
      ? null
      : `schemaVersion ${version} is not a catalog.jsonl version`);
  if (unsupported) return unsupported;
  if (header.data.articleFields.join() !== ARTICLE_FIELDS.join())
    return 'line 1 (header): unexpected articleFields';
  const { articleCount, trashCount, generation, categories } = header.data;
  const decoded =
    version === ROWS_SCHEMA_VERSION
      ? decodeRows(buffer, end, articleCount, trashCount)
      : await decodeColumns(buffer, end === -1 ? buffer.length : end + 1, articleCount, trashCount);
  if (typeof decoded === 'string') return decoded;
  return {
    data: { schemaVersion: CURRENT_SCHEMA_VERSION, generation, categories, ...decoded },
    fromVersion: version,
  };
}

function decodeRows(
  buffer: Buffer,
  end: number,
  articleCount: number,
  trashCount: number,
): { articles: ArticleMeta[]; trash: TrashEntry[] } | string {
  const articles: ArticleMeta[] = [];
  const trash: TrashEntry[] = [];
  for (
    let line = 2, start = end + 1;
    end !== -1 && start < buffer.length;
    line++, start = end + 1
  ) {
    end = buffer.indexOf(NEWLINE, start);
    const values = parseJson(buffer.toString('utf8', start, end === -1 ? buffer.length : end));
    const reason = decodeLine(values, articles, trash);
    if (reason) return `line ${line}: ${reason}`;
  }
  if (articles.length !== articleCount || trash.length !== trashCount) {
    return `holds ${articles.length} articles and ${trash.length} in the trash, the header says ${articleCount} and ${trashCount} (the file was cut short)`;
  }
  return { articles, trash };
}

function decodeLine(values: unknown, articles: ArticleMeta[], trash: TrashEntry[]): string | null {
  if (!Array.isArray(values)) return 'not valid JSON';
  if (values[0] === ARTICLE_LINE) {
    const meta = decodeArticle(values, 1);
    if (typeof meta === 'string') return meta;
    articles.push(meta);
    return null;
  }
  if (values[0] === TRASH_LINE && typeof values[1] === 'string') {
    const meta = decodeArticle(values, 2);
    if (typeof meta === 'string') return meta;
    trash.push({ meta, deletedAt: values[1] });
    return null;
  }
  return 'unknown line';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
