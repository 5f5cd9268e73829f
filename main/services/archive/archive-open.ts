import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { nodeFs, type FsLike } from '../fs/fs-like';
import { BackupStore } from './backups';
import { BodyStore } from './body-store';
import { loadCatalog } from './catalog-loader';
import { CatalogState } from './catalog-state';
import { CatalogStore } from './catalog-store';
import { JournalWriter } from './journal';
import { acquireLock, type HeldLock } from './lock';
import type { ArchiveProblem } from './problems';

export type ArchiveOptions = {
  /** Open without taking the lock and without writing anything (verify, stats, a backup check). */
  readOnly?: boolean;
  now?: () => Date;
  fs?: FsLike;
  /** Article ids; the synthetic benchmark archive passes a seeded one to be reproducible. */
  newId?: () => string;
  /**
   * The folder's lock, already taken (holdLock: a shell that shows its window before opening):
   * adopted instead of taking it again, and let go on close or when the open fails.
   */
  lock?: HeldLock;
};

export type ArchiveContext = {
  dir: string;
  readonly fs: FsLike;
  readonly now: () => Date;
  readonly newId: () => string;
};

/** What a loaded catalogue gives the Archive; replaced wholesale by a restore. */
export type CatalogHandle = {
  state: CatalogState;
  /** Null when the archive is read-only (asked for, or because a file is damaged). */
  store: CatalogStore | null;
  problems: ArchiveProblem[];
  migratedFrom: number | null;
};

export function archiveContext(dir: string, options: ArchiveOptions): ArchiveContext {
  return {
    dir,
    fs: options.fs ?? nodeFs,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => randomBytes(6).toString('hex')),
  };
}

export async function takeLock(ctx: ArchiveContext): Promise<() => Promise<void>> {
  await ctx.fs.mkdir(ctx.dir, { recursive: true });
  return acquireLock(ctx.fs, ctx.dir, ctx.now());
}

/** The lock for opening `ctx.dir`: the one held already when given, else taken now. */
export async function lockForOpen(
  ctx: ArchiveContext,
  held: HeldLock | undefined,
): Promise<() => Promise<void>> {
  if (!held) return takeLock(ctx);
  if (held.dir !== path.resolve(ctx.dir)) {
    await held.release();
    throw new Error(`the lock held is for ${held.dir}, not ${ctx.dir}`);
  }
  return () => held.release();
}

/** Loads the catalogue; opens the journal for appending only when the archive is writable and sound. */
export async function openCatalog(
  ctx: ArchiveContext,
  writable: boolean,
  bodies: BodyStore,
  backups: BackupStore,
): Promise<CatalogHandle> {
  const loaded = await loadCatalog(ctx.dir, {
    fs: ctx.fs,
    writable,
    beforeMigration: async () => {
      await backups.create('pre-migration', 0);
    },
    writeBody: (body) => bodies.write(body),
  });
  if (!writable || loaded.problems.length > 0) {
    return {
      state: loaded.state,
      store: null,
      problems: loaded.problems,
      migratedFrom: loaded.migratedFrom,
    };
  }
  const { active } = loaded;
  const writer = await JournalWriter.open(
    ctx.fs,
    ctx.dir,
    active.generation,
    active.exists ? active : undefined,
  );
  const store = new CatalogStore(ctx.dir, ctx.fs, loaded.db, loaded.state, writer);
  return { state: loaded.state, store, problems: [], migratedFrom: loaded.migratedFrom };
}

/** The newest backup whose catalogue loads without a problem: what the read-only message offers. */
export async function newestGoodBackup(
  ctx: ArchiveContext,
  backups: BackupStore,
): Promise<string | null> {
  for (const info of await backups.list()) {
    const folder = backups.folderOf(info.name);
    const loaded = await loadCatalog(folder, {
      fs: ctx.fs,
      writable: false,
      beforeMigration: async () => undefined,
      writeBody: async () => undefined,
    });
    if (loaded.problems.length === 0) return info.name;
  }
  return null;
}
