import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildArchiveChild } from '../../../test-support/build-archive-child';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { nodeFs, type FsLike } from '../fs/fs-like';
import { Archive } from './index';
import { acquireLock, holdLock } from './lock';

let child: string;
let t: TestArchive;
beforeAll(async () => {
  child = await buildArchiveChild();
});
afterAll(async () => rm(child, { force: true }));
afterEach(async () => t?.cleanup());

function tryOpenInAnotherProcess(dir: string): string {
  return execFileSync(process.execPath, [child, 'try-open', dir], { encoding: 'utf8' }).trim();
}

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('the archive lock', () => {
  it('refuses a second process with archive-in-use while the app holds the archive, and lets it in after close', async () => {
    t = await createTestArchive({ articles: 1 });
    expect(JSON.parse(await readFile(path.join(t.dir, 'archive.lock'), 'utf8'))).toMatchObject({
      pid: process.pid,
      hostname: os.hostname(),
    });
    expect(tryOpenInAnotherProcess(t.dir)).toBe('archive-in-use');
    await t.archive.close();
    expect(tryOpenInAnotherProcess(t.dir)).toBe('open');
  });

  it('a lock held before the open (a window shown first) refuses another process; the archive adopts it and lets go on close', async () => {
    t = await createTestArchive({ articles: 1 });
    await t.archive.close();
    const held = await holdLock(t.dir);
    expect(tryOpenInAnotherProcess(t.dir)).toBe('archive-in-use');
    const archive = await Archive.open(t.dir, { lock: held });
    expect(tryOpenInAnotherProcess(t.dir)).toBe('archive-in-use');
    await archive.close();
    expect(tryOpenInAnotherProcess(t.dir)).toBe('open');
    // Let go twice (the shell's stop after the archive's close) removes no one else's lock.
    const other = await Archive.open(t.dir);
    await held.release();
    expect(tryOpenInAnotherProcess(t.dir)).toBe('archive-in-use');
    await other.close();
  });

  it('refuses a held lock for another folder, and lets it go', async () => {
    t = await createTestArchive({ articles: 1 });
    await t.archive.close();
    const elsewhere = path.join(t.dir, 'khac');
    const held = await holdLock(elsewhere);
    await expect(Archive.open(t.dir, { lock: held })).rejects.toThrow(/lock held is for/);
    expect(tryOpenInAnotherProcess(elsewhere)).toBe('open');
    expect(tryOpenInAnotherProcess(t.dir)).toBe('open');
  });

  it('refuses a second open in the same process too', async () => {
    t = await createTestArchive();
    await expect(Archive.open(t.dir)).rejects.toMatchObject({
      code: 'archive-in-use',
      detail: expect.stringContaining(`pid ${process.pid}`),
    });
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    t = await createTestArchive({ articles: 1 });
    await t.archive.close();
    await writeFile(
      path.join(t.dir, 'archive.lock'),
      JSON.stringify({
        pid: deadPid(),
        hostname: os.hostname(),
        startedAt: '2026-01-01T00:00:00Z',
      }),
    );
    const archive = await t.reopen();
    expect(archive.listArticles()).toHaveLength(1);
  });

  it('takes over the lock of a process killed while holding it', async () => {
    t = await createTestArchive({ articles: 1 });
    await t.archive.close();
    const holder = spawn(process.execPath, [child, 'hold', t.dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    await expect(Archive.open(t.dir)).rejects.toMatchObject({ code: 'archive-in-use' });
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    expect((await t.reopen()).listArticles()).toHaveLength(1);
  });

  it('respects a lock held on another computer (a shared folder), which it cannot check', async () => {
    t = await createTestArchive();
    await t.archive.close();
    await writeFile(
      path.join(t.dir, 'archive.lock'),
      JSON.stringify({
        pid: deadPid(),
        hostname: 'may-tinh-khac',
        startedAt: '2026-01-01T00:00:00Z',
      }),
    );
    await expect(Archive.open(t.dir)).rejects.toMatchObject({
      code: 'archive-in-use',
      detail: expect.stringContaining('may-tinh-khac'),
    });
  });

  it('takes over an empty or garbled lock left by a crash between creating and writing it', async () => {
    t = await createTestArchive({ articles: 1 });
    await t.archive.close();
    const lock = path.join(t.dir, 'archive.lock');
    const aMinuteAgo = new Date(Date.now() - 60_000);
    for (const content of ['', '{"pid": 12', '{"pid": "12", "hostname": "x"}']) {
      await writeFile(lock, content);
      await utimes(lock, aMinuteAgo, aMinuteAgo);
      const archive = await t.reopen();
      expect(archive.listArticles(), content).toHaveLength(1);
      await archive.close();
    }
  });

  it('respects an empty lock that was only just made: its owner is still writing it', async () => {
    t = await createTestArchive();
    await t.archive.close();
    const lock = path.join(t.dir, 'archive.lock');
    await writeFile(lock, '');
    // Dated a minute ahead, so however slow this machine is the lock still counts as new.
    const ahead = new Date(Date.now() + 60_000);
    await utimes(lock, ahead, ahead);
    await expect(Archive.open(t.dir)).rejects.toMatchObject({
      code: 'archive-in-use',
      detail: `${lock} is held by another program`,
    });
  });

  it('passes on a folder it may not write to as that error, not as someone holding the archive', async () => {
    t = await createTestArchive();
    await t.archive.close();
    const denied = Object.assign(new Error('permission denied'), { code: 'EACCES' });
    const readOnlyFolder: FsLike = { ...nodeFs, open: () => Promise.reject(denied) };
    await expect(acquireLock(readOnlyFolder, t.dir, new Date())).rejects.toBe(denied);
  });

  it('lets a read-only reader (verify, stats) look while the app holds the lock', async () => {
    t = await createTestArchive({ articles: 2 });
    const reader = await Archive.open(t.dir, { readOnly: true });
    expect(reader.listArticles()).toHaveLength(2);
    await expect(reader.updateMeta(t.seeded[0]!.id, { read: true })).rejects.toMatchObject({
      code: 'archive-read-only',
    });
    await reader.close();
  });
});
