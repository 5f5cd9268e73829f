import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { tinyPng } from '../../../test-support/fixtures/import/make-docx';
import { Archive, type ArchiveChange } from './index';
import { bodyRelativePath } from './body-store';

let t: TestArchive;
afterEach(async () => t?.cleanup());

describe('an archive opened read-only (verify, stats, a second window)', () => {
  it('refuses a restore and any report change, saying it was opened read-only', async () => {
    t = await createTestArchive({ articles: 1 });
    const backup = await t.archive.backup();
    await t.archive.close();
    const reader = await Archive.open(t.dir, { readOnly: true });
    try {
      const refused = { code: 'archive-read-only', detail: 'opened read-only' };
      await expect(reader.restore(backup.name)).rejects.toMatchObject(refused);
      await expect(reader.reports.create({ title: 'Báo cáo' })).rejects.toMatchObject(refused);
      await expect(
        reader.reports.putMedia('anh.png', tinyPng().toString('base64')),
      ).rejects.toMatchObject(refused);
    } finally {
      await reader.close();
    }
  });
});

describe('a damaged body found while reading', () => {
  it('stops writing, names the file once however often it is read, and verify names it once', async () => {
    t = await createTestArchive({ articles: 2 });
    const damaged = t.seeded[0]!;
    await t.archive.idle();
    await writeFile(path.join(t.dir, bodyRelativePath(damaged.id)), '{"id":');
    const file = bodyRelativePath(damaged.id);
    await expect(t.archive.readBody(damaged.id)).rejects.toMatchObject({ code: 'archive-corrupt' });
    await expect(t.archive.readBody(damaged.id)).rejects.toMatchObject({ code: 'archive-corrupt' });
    const status = t.archive.status();
    expect(status.readOnly).toBe(true);
    expect(status.problems).toEqual([{ file, reason: expect.stringMatching(/JSON/) }]);
    await expect(t.archive.updateMeta(t.seeded[1]!.id, { read: true })).rejects.toMatchObject({
      code: 'archive-read-only',
      detail: expect.stringContaining(file),
    });
    const report = await t.archive.verify();
    expect(report.problems.map((p) => p.file)).toEqual([file]);
  });

  it('puts problems found while opening first in verify, with those verify finds after them', async () => {
    t = await createTestArchive({ articles: 1 });
    await t.archive.close();
    await writeFile(path.join(t.dir, 'catalog.jsonl'), 'not a catalogue');
    const reader = await Archive.open(t.dir);
    try {
      expect(reader.status().readOnly).toBe(true);
      const report = await reader.verify();
      expect(report.problems[0]?.file).toBe('catalog.jsonl');
    } finally {
      await reader.close();
    }
  });
});

describe('status and changes', () => {
  it('offers the newest backup that loads when the catalogue is damaged, and the newest one otherwise', async () => {
    let minute = 0;
    const now = () => new Date(Date.UTC(2026, 2, 1, 2, minute++));
    t = await createTestArchive({ articles: 1, options: { now } });
    const good = (await t.archive.backup()).name;
    const newest = (await t.archive.backup()).name;
    await t.archive.close();
    await writeFile(path.join(t.dir, 'backups', newest, 'catalog.jsonl'), 'damaged');
    expect((await t.reopen()).status().newestBackup).toBe(newest);
    await t.archive.close();
    await writeFile(path.join(t.dir, 'catalog.jsonl'), 'damaged');
    // The reopen makes no daily backup: the archive is read-only.
    expect((await t.reopen()).status()).toMatchObject({ readOnly: true, newestBackup: good });
  });

  it('tells listeners a restore replaced everything, and stops telling one that left', async () => {
    t = await createTestArchive({ articles: 1 });
    const backup = await t.archive.backup();
    const seen: ArchiveChange[] = [];
    const gone: ArchiveChange[] = [];
    t.archive.onChange((change) => seen.push(change));
    const leave = t.archive.onChange((change) => gone.push(change));
    leave();
    await t.archive.restore(backup.name);
    expect(seen).toEqual([{ type: 'updated', ids: [] }]);
    expect(gone).toEqual([]);
  });

  it('a read-only reader writes nothing when it closes, not even the start page', async () => {
    t = await createTestArchive({ articles: 1 });
    await t.archive.close();
    await rm(path.join(t.dir, 'catalog-head.json'));
    const before = (await readdir(t.dir)).sort();
    const reader = await Archive.open(t.dir, { readOnly: true });
    await reader.close();
    expect(reader.closed).toBe(true);
    expect((await readdir(t.dir)).sort()).toEqual(before);
  });

  it('makes the day’s backup at the first start of a day even after a manual backup that day', async () => {
    let day = 1;
    let minute = 0;
    const now = () => new Date(Date.UTC(2026, 2, day, 2, minute++));
    t = await createTestArchive({ articles: 1, options: { now } });
    await t.archive.idle();
    day = 2;
    await t.archive.backup();
    await t.reopen();
    await t.archive.idle();
    const dailies = (await t.archive.listBackups()).filter((info) => info.kind === 'daily');
    expect(dailies.map((info) => info.createdAt.slice(0, 10))).toEqual([
      '2026-03-02',
      '2026-03-01',
    ]);
  });
});
