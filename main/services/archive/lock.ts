import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { errorCode, nodeFs, type FsLike } from '../fs/fs-like';

export const LOCK_FILE = 'archive.lock';

type LockOwner = { pid: number; hostname: string; startedAt: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

async function readOwner(fs: FsLike, file: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.hostname === 'string'
      ? (owner as LockOwner)
      : null;
  } catch {
    return null;
  }
}

/** An empty or garbled lock is a crash between creating and writing it, unless it is brand new. */
async function isOldUnreadable(fs: FsLike, file: string): Promise<boolean> {
  const info = await fs.stat(file).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs > 5000;
}

/**
 * One writer per archive folder: archive.lock holds the owner's pid. A lock whose process is
 * gone (the app crashed) is stale and taken over; a lock from another computer (a shared
 * folder) cannot be checked, so it is respected.
 */
export async function acquireLock(
  fs: FsLike,
  dir: string,
  now: Date,
): Promise<() => Promise<void>> {
  const file = path.join(dir, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: now.toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await fs.open(file, 'wx');
      await handle.writeFile(JSON.stringify(owner));
      await handle.sync();
      await handle.close();
      return () => fs.rm(file, { force: true });
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const current = await readOwner(fs, file);
    const stale =
      current === null
        ? await isOldUnreadable(fs, file)
        : current.hostname === owner.hostname && !isAlive(current.pid);
    if (!stale) {
      const who = current ? `pid ${current.pid} on ${current.hostname}` : 'another program';
      throw new AppError('archive-in-use', `${path.join(dir, LOCK_FILE)} is held by ${who}`);
    }
    await fs.rm(file, { force: true });
  }
  throw new AppError('archive-in-use', path.join(dir, LOCK_FILE));
}

/**
 * The folder's lock, taken before the archive is opened: a shell that shows its window first
 * and opens the archive a moment later holds it from its first instant, so a CLI or a second
 * host started meanwhile is the one told "in use". Archive.open({ lock }) adopts it (and lets it
 * go on close); `release` lets it go when the archive is never opened. Releasing twice is
 * harmless: the second would otherwise remove a lock another process took since.
 */
export type HeldLock = { readonly dir: string; release(): Promise<void> };

export async function holdLock(
  dir: string,
  options: { fs?: FsLike; now?: Date } = {},
): Promise<HeldLock> {
  const fs = options.fs ?? nodeFs;
  const folder = path.resolve(dir);
  await fs.mkdir(folder, { recursive: true });
  const release = await acquireLock(fs, folder, options.now ?? new Date());
  let released: Promise<void> | null = null;
  return { dir: folder, release: () => (released ??= release()) };
}
