import { once } from 'node:events';
import { access, constants, stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { AppError } from '../../../shared/errors';
import type { ArticleBody, ArticleMeta } from '../../../shared/model';
import { saveError, ZipFileWriter } from '../fs/zip-file-writer';
import { throwIfCancelled } from '../jobs';
import type { Archive } from './archive';
import { bodyRelativePath } from './body-store';
import { CATALOG_FILE, encodeCatalog } from './catalog-file';
import { CURRENT_SCHEMA_VERSION } from './catalog-schema';
import { articlePage, exportFileName } from './export-pages';
import { HashedNameSet } from './hashed-name-set';

export { articlePage, exportFileName } from './export-pages';

/** Beside the pages: what was exported and what could not be (a body or photo gone from the archive). */
export const EXPORT_MANIFEST = 'kho-tin-xuat.json';

export type MissingBody = {
  id: string;
  title: string;
  page: string;
  reason: 'missing' | 'unreadable';
};

export type SelectionExportResult = {
  path: string;
  articles: number;
  images: number;
  bytes: number;
  missingBodies: MissingBody[];
  missingImages: number;
};

export type SelectionExportOptions = {
  signal?: AbortSignal;
  /** Replace a file already at the destination (the native save dialog has asked already). */
  overwrite?: boolean;
  onProgress?(done: number, total: number, bytes: number, current: string | null): void;
};

export function selectionFileName(count: number): string {
  return `kho-tin-${count}-tin-bai.zip`;
}

const isFile = (file: string) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  );

/** Refuses before anything is written: a relative path, a missing or read-only folder, a file in the way. */
async function checkDestination(destination: string, overwrite: boolean): Promise<void> {
  const existing = await stat(destination).catch(() => null);
  if (existing?.isDirectory()) throw new AppError('destination-not-writable', destination);
  if (existing && !overwrite) throw new AppError('file-exists', destination);
  await access(path.dirname(destination), constants.W_OK).catch((error: unknown) => {
    throw saveError(error, destination);
  });
}

async function readBodyNoting(
  archive: Archive,
  meta: ArticleMeta,
): Promise<{ body: ArticleBody | null; reason: MissingBody['reason'] | null }> {
  try {
    const body = await archive.readBody(meta.id);
    return { body, reason: body ? null : 'missing' };
  } catch (error) {
    if (error instanceof AppError && error.code === 'archive-corrupt')
      return { body: null, reason: 'unreadable' };
    throw error;
  }
}

/** Forward slashes whatever the OS: zip names are not file-system paths. */
const zipName = (relative: string) => relative.split(path.sep).join('/');

/** The selection's catalogue, streamed as it is encoded, so `import-archive` can merge the zip. */
async function addCatalog(writer: ZipFileWriter, archive: Archive, metas: ArticleMeta[]) {
  const used = new Set(metas.map((meta) => meta.categoryId));
  const categories = archive
    .listCategories()
    .filter((category) => used.has(category.id))
    .map(({ id, name }) => ({ id, name }));
  const stream = new PassThrough();
  const writing = encodeCatalog(
    {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      generation: 0,
      categories,
      articles: metas,
      trash: [],
    },
    async (chunk) => {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
  ).then(
    () => stream.end(),
    (error: unknown) => stream.destroy(error as Error),
  );
  await writer.add(CATALOG_FILE, stream, { compress: true });
  await writing;
}

/**
 * The library's "Xuất": one readable HTML page per article with its photos under media/, plus
 * the same articles in the archive's own layout (catalog.jsonl, items/) so `import-archive` can
 * merge the zip elsewhere, and a manifest naming any body or photo that was missing. Streamed to
 * a temp file beside `destination` and renamed at the end: a cancel, a full disk or any error
 * leaves no zip, and memory holds one article at a time whatever the selection's size (plus 16 bytes a name to
 * keep names unique).
 */
export async function exportSelection(
  archive: Archive,
  ids: string[],
  destination: string,
  options: SelectionExportOptions = {},
): Promise<SelectionExportResult> {
  const unique = [...new Set(ids)];
  const metas = unique.map((id) => archive.getMeta(id));
  const unknown = unique.filter((_, i) => !metas[i]);
  if (unknown.length > 0) throw new AppError('not-found', unknown.slice(0, 5).join(', '));
  const articles = metas as ArticleMeta[];
  // Checked before resolving: a relative path would land wherever the process happens to run.
  if (!path.isAbsolute(destination))
    throw new AppError('invalid-input', `${destination}: not an absolute path`);
  const target = path.resolve(destination);
  await checkDestination(target, options.overwrite ?? false);
  const categories = new Map(archive.listCategories().map((c) => [c.id, c.name]));
  const writer = await ZipFileWriter.open(target);
  // Hashes, not strings: 16 bytes per page and photo name (see HashedNameSet).
  const report = { names: new HashedNameSet(), media: new HashedNameSet(), missingImages: 0 };
  const missingBodies: MissingBody[] = [];
  try {
    // The next body is read while this article's entries are written: one article ahead, no more.
    const read = (i: number) => {
      const reading = i < articles.length ? readBodyNoting(archive, articles[i]!) : null;
      reading?.catch(() => undefined);
      return reading;
    };
    let ahead = read(0);
    for (const [index, meta] of articles.entries()) {
      if (options.signal) throwIfCancelled(options.signal);
      options.onProgress?.(index, articles.length, writer.bytes, meta.title);
      const { body, reason } = await ahead!;
      ahead = read(index + 1);
      const page = exportFileName(meta, report.names);
      if (reason) missingBodies.push({ id: meta.id, title: meta.title, page, reason });
      const category = meta.categoryId ? (categories.get(meta.categoryId) ?? null) : null;
      await writer.add(page, Buffer.from(articlePage({ ...meta, body }, category)), {
        compress: true,
      });
      if (!body) continue;
      await writer.add(zipName(bodyRelativePath(meta.id)), Buffer.from(JSON.stringify(body)), {
        compress: true,
      });
      for (const image of body.images) {
        if (!image.media || report.media.has(image.media)) continue;
        const file = (() => {
          try {
            return archive.mediaPath(image.media);
          } catch {
            return null;
          }
        })();
        // A photo lost from media/ leaves a broken image in the page, counted in the manifest.
        if (!file || !(await isFile(file))) {
          report.missingImages++;
          continue;
        }
        report.media.add(image.media);
        // Photos are already compressed; deflating them again costs time for nothing.
        await writer.add(image.media, { file }, { compress: false });
      }
    }
    if (options.signal) throwIfCancelled(options.signal);
    await addCatalog(writer, archive, articles);
    const manifest = {
      format: 'kho-tin-selection',
      version: 1,
      exportedAt: new Date().toISOString(),
      articles: articles.length,
      images: report.media.size,
      missingBodies,
      missingImages: report.missingImages,
    };
    await writer.add(EXPORT_MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2)), {
      compress: true,
    });
    options.onProgress?.(articles.length, articles.length, writer.bytes, null);
    const bytes = await writer.commit(options.signal);
    return {
      path: target,
      articles: articles.length,
      images: report.media.size,
      bytes,
      missingBodies,
      missingImages: report.missingImages,
    };
  } catch (error) {
    await writer.discard();
    throw saveError(error, target);
  }
}
