import type { FileHandle } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { nodeFs, type FsLike } from '../fs/fs-like';
import type { CatalogOp } from './catalog-schema';
import { encodeOp, JournalWriter, parseJournal, parseJournalName } from './journal';

const untrash = (id: string): CatalogOp => ({ op: 'untrash', ids: [id] });

describe('journal file names', () => {
  it('reads the generation of any size, and nothing else as a journal', () => {
    expect(parseJournalName('journal-7.log')).toBe(7);
    // After ten compactions the generation has two digits.
    expect(parseJournalName('journal-12.log')).toBe(12);
    for (const name of ['old-journal-1.log', 'journal-1.log.bak', 'journal-.log', 'journal-x.log'])
      expect(parseJournalName(name), name).toBeNull();
  });
});

let failNext = false;
// A disk that fills up part-way through the next write: half the line lands, then ENOSPC.
const fullDisk: FsLike = {
  ...nodeFs,
  open: async (...args: Parameters<FsLike['open']>) => {
    const handle = await nodeFs.open(...args);
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'appendFile')
          return async (data: Buffer) => {
            if (!failNext) return target.appendFile(data);
            failNext = false;
            await target.appendFile(data.subarray(0, data.length >> 1));
            throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          };
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as FileHandle;
  },
};

describe('writing the journal', () => {
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  beforeEach(async () => {
    failNext = false;
    folder = await makeTempFolder();
  });
  afterEach(async () => folder.remove());

  it('a save cut off by a full disk leaves no half line: the next save and the next open read clean', async () => {
    const writer = await JournalWriter.open(fullDisk, folder.dir, 1);
    await writer.append([untrash('a1')]);
    failNext = true;
    await expect(writer.append([untrash('a2')])).rejects.toMatchObject({ code: 'ENOSPC' });
    await writer.append([untrash('a3')]);
    await writer.close();
    const text = await readFile(path.join(folder.dir, 'journal-1.log'));
    expect(text.toString()).toBe(encodeOp(untrash('a1')) + encodeOp(untrash('a3')));
    expect(parseJournal(text)).toMatchObject({
      ops: [untrash('a1'), untrash('a3')],
      problem: null,
    });
    expect({ entries: writer.entries, bytes: writer.bytes }).toEqual({
      entries: 2,
      bytes: text.length,
    });
  });
  it('after a restart, a save cut off by a full disk keeps every save made before the restart', async () => {
    const first = await JournalWriter.open(fullDisk, folder.dir, 1);
    await first.append([untrash('a1'), untrash('a2')]);
    await first.close();
    const file = path.join(folder.dir, 'journal-1.log');
    const read = parseJournal(await readFile(file));
    const writer = await JournalWriter.open(fullDisk, folder.dir, 1, {
      validLength: read.validLength,
      entries: read.ops.length,
    });
    expect(writer.entries).toBe(2);
    failNext = true;
    await expect(writer.append([untrash('a3')])).rejects.toMatchObject({ code: 'ENOSPC' });
    await writer.close();
    expect(parseJournal(await readFile(file))).toMatchObject({
      ops: [untrash('a1'), untrash('a2')],
      problem: null,
    });
  });
});
