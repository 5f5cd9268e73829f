import path from 'node:path';
import { isTempFile } from '../fs/atomic-write';
import { withFsRetry } from '../fs/retry';
import type { ArchiveContext } from './archive-open';
import { catalogFiles, copyFiles } from './backups';
import { CATALOG_FILE, LEGACY_CATALOG_FILE } from './catalog-file';
import { parseJournalName } from './journal';
import { fileStamp } from './time';

/**
 * Replaces the live catalogue (catalog.json + journals) and the backed-up reports with the
 * backup's. The replaced catalogue files are moved to damaged/<stamp>/ when they were damaged
 * (so nothing the user had is ever deleted); otherwise the pre-restore backup already holds them.
 * The backup is copied in under temp names first, so a crash mid-restore leaves either the old
 * catalogue or the new one, plus stray temp files.
 */
export async function restoreBackup(
  ctx: ArchiveContext,
  backupFolder: string,
  keepReplaced: boolean,
): Promise<void> {
  const { fs, dir } = ctx;
  const incoming = await catalogFiles(fs, backupFolder);
  const staging = path.join(dir, `.restore-${fileStamp(ctx.now())}.tmp`);
  await copyFiles(fs, incoming, backupFolder, staging);
  const live = (await fs.readdir(dir)).filter(
    (name) =>
      name === CATALOG_FILE || name === LEGACY_CATALOG_FILE || parseJournalName(name) !== null,
  );
  const aside = path.join(dir, 'damaged', fileStamp(ctx.now()));
  if (keepReplaced && live.length > 0) await fs.mkdir(aside, { recursive: true });
  for (const name of live) {
    if (keepReplaced)
      await withFsRetry(() => fs.rename(path.join(dir, name), path.join(aside, name)));
    else await fs.rm(path.join(dir, name), { force: true });
  }
  await fs.mkdir(path.join(dir, 'reports'), { recursive: true });
  // The catalogue goes in last: until it lands, opening finds no catalogue and journals, and says so.
  const isCatalog = (file: string) => file === CATALOG_FILE || file === LEGACY_CATALOG_FILE;
  const ordered = [...incoming.filter((file) => !isCatalog(file)), ...incoming.filter(isCatalog)];
  for (const file of ordered) {
    if (isTempFile(path.basename(file))) continue;
    await withFsRetry(() => fs.rename(path.join(staging, file), path.join(dir, file)));
  }
  await fs.rm(staging, { recursive: true, force: true });
}
