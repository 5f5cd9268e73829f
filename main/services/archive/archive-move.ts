import { cp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { isTempFile } from '../fs/atomic-write';
import { errorCode } from '../fs/fs-like';
import { LOCK_FILE } from './lock';

/** What belongs to an archive folder; only these are removed from the old place after a move. */
const ARCHIVE_ENTRIES = [
  /^catalog\.jsonl?$/,
  /^catalog-head\.json$/,
  /^journal-\d+\.log$/,
  /^(items|reports|media|index|backups|damaged)$/,
];

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Copies the archive to `target` (empty or not yet there) and checks the copy opens with every
 * article before anything else happens; the old folder is untouched until the caller switches.
 */
export async function copyArchive(
  archive: { dir: string; compact(): Promise<void>; idle(): Promise<void> },
  target: string,
  expected: number,
): Promise<string> {
  const { Archive: ArchiveClass } = await import('./archive');
  const from = path.resolve(archive.dir);
  const to = path.resolve(target);
  if (isInside(to, from) || isInside(from, to))
    throw new AppError('invalid-input', 'the new folder must be outside the archive folder');
  const existing = await readdir(to).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return [] as string[];
    if (errorCode(error) === 'ENOTDIR')
      throw new AppError('invalid-input', `${to} is a file, not a folder`);
    throw new AppError('unreadable-folder', `${to}: ${errorCode(error) ?? String(error)}`);
  });
  if (existing.length > 0) throw new AppError('invalid-input', `${to} is not empty`);
  await archive.compact();
  await archive.idle();
  await cp(from, to, {
    recursive: true,
    filter: (source) => path.basename(source) !== LOCK_FILE && !isTempFile(path.basename(source)),
  });
  const copy = await ArchiveClass.open(to, { readOnly: true });
  const sound = copy.listArticles().length === expected && copy.status().problems.length === 0;
  await copy.close();
  if (!sound) {
    await rm(to, { recursive: true, force: true });
    throw new AppError(
      'archive-corrupt',
      `the copy in ${to} did not match; the archive stays in ${from}`,
    );
  }
  return to;
}

export async function removeArchiveFiles(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (ARCHIVE_ENTRIES.some((pattern) => pattern.test(name)))
      await rm(path.join(dir, name), { recursive: true, force: true });
  }
}
