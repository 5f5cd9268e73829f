import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { nodeFs } from '../fs/fs-like';
import { BackupStore, type BackupKind } from './backups';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let clock: Date;
let store: BackupStore;

beforeEach(async () => {
  folder = await makeTempFolder();
  await writeFile(path.join(folder.dir, 'catalog.jsonl'), '{}\n');
  clock = new Date('2026-03-01T02:00:00Z');
  store = new BackupStore(folder.dir, nodeFs, () => clock);
});
afterEach(async () => folder.remove());

/** A backup of `kind` made `minutes` after the first one. */
async function backupAt(kind: BackupKind, minutes: number) {
  clock = new Date(Date.UTC(2026, 2, 1, 2, minutes));
  return (await store.create(kind, minutes)).name;
}

describe('the backup list', () => {
  it('is newest first whatever the kind', async () => {
    const daily = await backupAt('daily', 1);
    const preBulk = await backupAt('pre-bulk', 2);
    const manual = await backupAt('manual', 3);
    const migration = await backupAt('pre-migration', 4);
    expect((await store.list()).map((info) => info.name)).toEqual([
      migration,
      manual,
      preBulk,
      daily,
    ]);
  });

  it('leaves out a backup whose manifest is missing or damaged, and still lists the others', async () => {
    const good = await backupAt('manual', 1);
    const damaged = await backupAt('manual', 2);
    await writeFile(path.join(store.root, damaged, 'manifest.json'), '{"name": "man');
    const bare = 'manual-20260301-090300-000';
    await mkdir(path.join(store.root, bare));
    const foreign = 'manual-20260301-090400-000';
    await mkdir(path.join(store.root, foreign));
    await writeFile(path.join(store.root, foreign, 'manifest.json'), '"a backup"');
    expect((await store.list()).map((info) => info.name)).toEqual([good]);
  });

  it('does not offer a backup folder copied under another name (its manifest names the original)', async () => {
    const original = await backupAt('manual', 1);
    const copy = 'manual-20260301-095900-000';
    await mkdir(path.join(store.root, copy));
    await writeFile(
      path.join(store.root, copy, 'manifest.json'),
      JSON.stringify({ name: original, kind: 'manual', createdAt: 'x', articleCount: 1 }),
    );
    expect((await store.list()).map((info) => info.name)).toEqual([original]);
  });
});

describe('pruning', () => {
  it('keeps a manual backup however many daily ones come after it', async () => {
    const manual = await backupAt('manual', 0);
    for (let minute = 1; minute <= 9; minute++) await backupAt('daily', minute);
    const names = (await store.list()).map((info) => info.name);
    expect(names.filter((name) => name.startsWith('daily-'))).toHaveLength(7);
    expect(names).toContain(manual);
    expect((await readdir(store.root)).sort()).toEqual([...names].sort());
  });
});
