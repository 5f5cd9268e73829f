import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { FsLike } from '../fs/fs-like';
import { fsyncDir, isTempFile } from '../fs/atomic-write';
import { withFsRetry } from '../fs/retry';
import { CATALOG_FILE, LEGACY_CATALOG_FILE } from './catalog-file';
import { parseJournalName } from './journal';
import { fileStamp, toVietnamIso } from './time';

export const BACKUP_KINDS = [
  'daily',
  'pre-migration',
  'pre-bulk',
  'pre-restore',
  'manual',
] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
/** How many of each kind are kept: a week of dailies, a few of the others. */
const KEEP: Record<BackupKind, number> = {
  daily: 7,
  'pre-migration': 3,
  'pre-bulk': 5,
  'pre-restore': 3,
  manual: 10,
};

export const BackupInfoSchema = z.object({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  articleCount: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

const MANIFEST = 'manifest.json';
const NAME = /^(daily|pre-migration|pre-bulk|pre-restore|manual)-\d{8}-\d{6}-\d{3}$/;

/** The files that make up the catalogue and the reports: what a backup copies and a restore puts back. */
export async function catalogFiles(fs: FsLike, dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const own = names.filter(
    (name) =>
      name === CATALOG_FILE || name === LEGACY_CATALOG_FILE || parseJournalName(name) !== null,
  );
  const reports = await fs.readdir(path.join(dir, 'reports')).catch(() => [] as string[]);
  return [
    ...own,
    ...reports
      .filter((name) => name.endsWith('.json') && !isTempFile(name))
      .map((name) => `reports/${name}`),
  ];
}

/** Copies `files` (relative) from one folder to another, fsyncing each copy. */
export async function copyFiles(
  fs: FsLike,
  files: string[],
  from: string,
  to: string,
): Promise<void> {
  for (const file of files) {
    const target = path.join(to, file);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await withFsRetry(() => fs.copyFile(path.join(from, file), target));
    const handle = await fs.open(target, 'r+');
    await handle.sync();
    await handle.close();
  }
}

/**
 * backups/<kind>-<stamp>/ holds copies of catalog.json, the journals and reports/. Bodies and
 * media are not copied: they are written once per article and never rewritten in place except
 * by an explicit replace, so copying a gigabyte every day would buy little.
 */
export class BackupStore {
  readonly root: string;

  constructor(
    private readonly dir: string,
    private readonly fs: FsLike,
    private readonly now: () => Date,
  ) {
    this.root = path.join(dir, 'backups');
  }

  folderOf(name: string): string {
    if (!NAME.test(name)) throw new AppError('not-found', name.slice(0, 100));
    return path.join(this.root, name);
  }

  async create(kind: BackupKind, articleCount: number): Promise<BackupInfo> {
    const date = this.now();
    const name = `${kind}-${fileStamp(date)}`;
    const temp = path.join(this.root, `.${name}.tmp`);
    await this.fs.rm(temp, { recursive: true, force: true });
    await this.fs.mkdir(temp, { recursive: true });
    await copyFiles(this.fs, await catalogFiles(this.fs, this.dir), this.dir, temp);
    const info: BackupInfo = { name, kind, createdAt: toVietnamIso(date), articleCount };
    await this.fs.writeFile(path.join(temp, MANIFEST), JSON.stringify(info));
    await withFsRetry(() => this.fs.rename(temp, path.join(this.root, name)));
    await fsyncDir(this.root, this.fs);
    await this.prune(kind);
    return info;
  }

  /** Newest first. */
  async list(): Promise<BackupInfo[]> {
    const names = (await this.fs.readdir(this.root).catch(() => [] as string[])).filter((name) =>
      NAME.test(name),
    );
    const infos: BackupInfo[] = [];
    for (const name of names) {
      const raw = await this.fs
        .readFile(path.join(this.root, name, MANIFEST), 'utf8')
        .catch(() => null);
      const parsed = raw ? BackupInfoSchema.safeParse(safeJson(raw)) : null;
      if (parsed?.success && parsed.data.name === name) infos.push(parsed.data);
    }
    return infos.sort((a, b) =>
      b.name.slice(b.name.length - 19).localeCompare(a.name.slice(a.name.length - 19)),
    );
  }

  private async prune(kind: BackupKind): Promise<void> {
    const old = (await this.list()).filter((info) => info.kind === kind).slice(KEEP[kind]);
    for (const info of old)
      await this.fs.rm(path.join(this.root, info.name), { recursive: true, force: true });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
