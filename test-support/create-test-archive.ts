import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Archive, type ArchiveOptions } from '../main/services/archive';
import type { ArticleDraft, ArticleMeta } from '../shared/model';
import { sampleDraft } from './article-drafts';

export type TestArchive = {
  dir: string;
  archive: Archive;
  /** The metas of the seed articles, in the order given. */
  seeded: ArticleMeta[];
  /** Closes the current archive and opens the folder again, as a restart would. */
  reopen(options?: ArchiveOptions): Promise<Archive>;
  cleanup(): Promise<void>;
};

/**
 * A real archive in a fresh temp folder. `articles` seeds it: a number adds that many sample
 * drafts, an array adds those drafts. Call cleanup() in afterEach.
 */
export async function createTestArchive(
  init: { articles?: number | ArticleDraft[]; options?: ArchiveOptions; dir?: string } = {},
): Promise<TestArchive> {
  const dir = init.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'kho-tin-archive-')));
  const drafts =
    typeof init.articles === 'number'
      ? Array.from({ length: init.articles }, (_, i) => sampleDraft(i + 1))
      : (init.articles ?? []);
  const handle: TestArchive = {
    dir,
    archive: await Archive.open(dir, init.options),
    seeded: [],
    async reopen(options) {
      await handle.archive.close();
      handle.archive = await Archive.open(dir, options ?? init.options);
      return handle.archive;
    },
    async cleanup() {
      await handle.archive.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
  for (const draft of drafts) handle.seeded.push(await handle.archive.addArticle(draft));
  return handle;
}

/**
 * Adds sample articles `first`…`first + count - 1` to the archive in `dir` (made if missing) and
 * closes it cleanly, as a previous run of the app leaves it: with its catalogue head written.
 */
export async function addAndClose(dir: string, count: number, first = 1): Promise<void> {
  const archive = await Archive.open(dir);
  for (let n = first; n < first + count; n++) await archive.addArticle(sampleDraft(n));
  await archive.close();
}
