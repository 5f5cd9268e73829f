import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ArticleDraft } from '../../../shared/model';
import type { Archive } from './archive';
import { removeFolder, unzipTo, zipFolder } from './archive-zip';
import { assertSafeArchiveZip } from './zip-entry-policy';

/** One zip of the whole archive, catalogue folded in first so it is a single consistent file. */
export async function exportArchive(
  archive: Archive,
  zipPath: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ files: number }> {
  if (!archive.status().readOnly) await archive.compact();
  await archive.idle();
  return { files: await zipFolder(archive.dir, path.resolve(zipPath), onProgress) };
}

export type ImportSummary = {
  added: number;
  duplicates: number;
  missingBodies: number;
  reports: number;
  media: number;
};

/**
 * Merges an exported archive (another office's, an old machine's) into this one: articles not
 * already here (same source URL or same text) are added as new, with their categories by name;
 * reports and images not already here are copied. Nothing in this archive is changed or removed.
 */
export async function importArchive(
  archive: Archive,
  zipPath: string,
  /** Where the zip is unpacked before merging (the system temp folder unless a test says). */
  stagingRoot = os.tmpdir(),
): Promise<ImportSummary> {
  const shownName = path.basename(zipPath);
  await assertSafeArchiveZip(zipPath, shownName);
  const staging = await mkdtemp(path.join(stagingRoot, 'kho-tin-import-'));
  try {
    // Sizes that lie (an entry inflating past what it declared) stop the unpacking here.
    await unzipTo(zipPath, staging).catch((error: unknown) => {
      if (error instanceof AppError) throw error;
      throw new AppError('unsafe-archive', `${shownName}: ${(error as Error).message}`);
    });
    const { Archive: ArchiveClass } = await import('./archive');
    const source = await ArchiveClass.open(staging);
    try {
      const summary: ImportSummary = {
        added: 0,
        duplicates: 0,
        missingBodies: 0,
        reports: 0,
        media: 0,
      };
      summary.media = await copyNewMedia(staging, archive);
      const added = await archive.addArticlesBulk(newDrafts(source, archive, summary));
      summary.added = added.length;
      for (const trash of [false, true])
        for (const item of await source.reports.list({ trash })) {
          const { report } = await source.reports.get(item.id);
          if (report && (await archive.reports.adopt(report))) summary.reports++;
        }
      return summary;
    } finally {
      await source.close();
    }
  } finally {
    await removeFolder(staging);
  }
}

async function* newDrafts(
  source: Archive,
  target: Archive,
  summary: ImportSummary,
): AsyncGenerator<ArticleDraft> {
  const categories = new Map(
    source.listCategories().map((category) => [category.id, category.name]),
  );
  for (const meta of source.listArticles()) {
    const body = await source.readBody(meta.id);
    if (!body) {
      summary.missingBodies++;
      continue;
    }
    const { html, text, captions, images } = body;
    const draft: ArticleDraft = {
      ...meta,
      category: meta.categoryId ? (categories.get(meta.categoryId) ?? null) : null,
      html,
      text,
      captions,
      images,
    };
    if (target.findDuplicate(draft)) {
      summary.duplicates++;
      continue;
    }
    yield draft;
  }
}

/** Through storeMedia, so each image is re-hashed and written atomically under its true name. */
async function copyNewMedia(staging: string, archive: Archive): Promise<number> {
  const names = await readdir(path.join(staging, 'media')).catch(() => [] as string[]);
  let copied = 0;
  for (const name of names) {
    const ext = path.extname(name).slice(1);
    const exists = await stat(path.join(archive.dir, 'media', name)).then(
      () => true,
      () => false,
    );
    if (exists || !ext) continue;
    await archive.storeMedia(await readFile(path.join(staging, 'media', name)), ext);
    copied++;
  }
  return copied;
}
