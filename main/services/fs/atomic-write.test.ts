import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { writeFileAtomic } from './atomic-write';
import { nodeFs, type FsLike } from './fs-like';
import { KeyedQueue } from './keyed-queue';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
afterEach(async () => folder?.remove());

function windowsError(code: string): Error {
  return Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
}

/** A real file system whose rename fails the way Windows does while an antivirus holds the file. */
function flakyRename(failures: string[]): FsLike & { renameCalls: number } {
  const fs = {
    ...nodeFs,
    renameCalls: 0,
    rename: (async (from: string, to: string) => {
      fs.renameCalls++;
      const code = failures.shift();
      if (code) throw windowsError(code);
      return nodeFs.rename(from, to);
    }) as FsLike['rename'],
  };
  return fs;
}

describe('writeFileAtomic', () => {
  it('succeeds after EPERM twice on rename, leaving the new content and no temp file', async () => {
    folder = await makeTempFolder();
    const file = path.join(folder.dir, 'catalog.json');
    await writeFile(file, 'old');
    const fs = flakyRename(['EPERM', 'EPERM']);
    await writeFileAtomic(file, 'new', fs);
    expect(fs.renameCalls).toBe(3);
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(folder.dir)).toEqual(['catalog.json']);
  });

  it('gives up on a lasting lock, keeps the old content and cleans up its temp file', async () => {
    folder = await makeTempFolder();
    const file = path.join(folder.dir, 'catalog.json');
    await writeFile(file, 'old');
    const fs = flakyRename(Array(20).fill('EBUSY'));
    await expect(writeFileAtomic(file, 'new', fs)).rejects.toMatchObject({ code: 'EBUSY' });
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(folder.dir)).toEqual(['catalog.json']);
  });

  it('does not retry errors that will not clear (a missing folder)', async () => {
    folder = await makeTempFolder();
    const fs = flakyRename([]);
    await expect(
      writeFileAtomic(path.join(folder.dir, 'no', 'such', 'file.json'), 'x', fs),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    expect(fs.renameCalls).toBe(0);
  });
});

describe('KeyedQueue', () => {
  it('runs work on one key in order, even when an earlier item fails', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    const slow = queue.run('a', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('a1');
      throw new Error('boom');
    });
    const next = queue.run('a', async () => order.push('a2'));
    const other = queue.run('b', async () => order.push('b1'));
    await expect(slow).rejects.toThrow('boom');
    await Promise.all([next, other]);
    expect(order).toEqual(['b1', 'a1', 'a2']);
  });
});
