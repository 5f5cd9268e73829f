import path from 'node:path';
import { z } from 'zod';
import {
  ArticleListItemSchema,
  type ArticleListItem,
  type ArticleListQuery,
} from '../../../shared/ipc/archive';
import type { ArticleMeta } from '../../../shared/model';
import { writeAtomicWith } from '../fs/atomic-write';
import { nodeFs, type FsLike } from '../fs/fs-like';
import { parseJournalName } from './journal';

/** Beside catalog.jsonl: the library's first page as the archive was closed. */
export const HEAD_FILE = 'catalog-head.json';
/** The library's first request (renderer list-pages.ts PAGE_SIZE.list). */
export const HEAD_ROWS = 200;

const FileStampSchema = z.object({ name: z.string(), size: z.number(), mtimeMs: z.number() });
type FileStamp = z.infer<typeof FileStampSchema>;

const CatalogHeadSchema = z.object({
  format: z.literal(1),
  /** catalog.jsonl and every journal, as they were when the head was written. */
  files: z.array(FileStampSchema),
  total: z.number().int().nonnegative(),
  items: z.array(ArticleListItemSchema).max(HEAD_ROWS),
});
export type CatalogHead = z.infer<typeof CatalogHeadSchema>;

/** The catalogue's files now: any save, compaction, restore or copy changes a size or a time. */
async function stampFiles(dir: string, fs: FsLike): Promise<FileStamp[]> {
  const names = (await fs.readdir(dir))
    .filter((name) => name === 'catalog.jsonl' || parseJournalName(name) !== null)
    .sort();
  const stamps: FileStamp[] = [];
  for (const name of names) {
    const stat = await fs.stat(path.join(dir, name));
    stamps.push({ name, size: stat.size, mtimeMs: stat.mtimeMs });
  }
  return stamps;
}

/**
 * Written when the archive closes cleanly: the newest-first first page (`newest`, already in
 * the list's default order) and the total, stamped with the catalogue files it describes. The
 * next start can show it before the whole catalogue is decoded (100,000 articles: ~0.35 s of
 * CPU, several times that on a busy machine).
 */
export async function writeCatalogHead(
  dir: string,
  newest: readonly ArticleMeta[],
  total: number,
  bodyMissing: (id: string) => boolean,
  fs: FsLike = nodeFs,
): Promise<void> {
  const head: CatalogHead = {
    format: 1,
    files: await stampFiles(dir, fs),
    total,
    items: newest
      .slice(0, HEAD_ROWS)
      .map((meta) => ({ ...meta, bodyMissing: bodyMissing(meta.id) })),
  };
  await writeAtomicWith(path.join(dir, HEAD_FILE), (write) => write(JSON.stringify(head)), fs);
}

/**
 * The head, if it still describes the catalogue on disk: null when there is none (an archive
 * last closed by an older version), when it is damaged, or when any catalogue file changed since
 * (a crash after a save, another program, a restore). The caller then waits for the full decode.
 */
export async function readCatalogHead(
  dir: string,
  fs: FsLike = nodeFs,
): Promise<CatalogHead | null> {
  try {
    const parsed = CatalogHeadSchema.safeParse(
      JSON.parse(await fs.readFile(path.join(dir, HEAD_FILE), 'utf8')),
    );
    if (!parsed.success) return null;
    const now = await stampFiles(dir, fs);
    const same =
      now.length === parsed.data.files.length &&
      now.every((stamp, i) => {
        const then = parsed.data.files[i]!;
        return (
          then.name === stamp.name && then.size === stamp.size && then.mtimeMs === stamp.mtimeMs
        );
      });
    return same && now.some((stamp) => stamp.name === 'catalog.jsonl') ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The answer to `query` from the head, when the head holds all of it (the unfiltered, newest-first start). */
export function answerFromHead(
  head: CatalogHead,
  query: ArticleListQuery,
): { total: number; items: ArticleListItem[] } | null {
  const { sort, offset = 0, limit, ...filters } = query;
  const filtered = Object.values(filters).some((value) => value !== undefined);
  if (filtered || (sort ?? 'date-desc') !== 'date-desc') return null;
  // The same defaults as ArticleQuery.run.
  const end = Math.min(head.total, offset + (limit ?? 100));
  if (end > head.items.length) return null;
  return { total: head.total, items: head.items.slice(offset, end) };
}
