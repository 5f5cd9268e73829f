import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { sampleDraft } from '../../../test-support/article-drafts';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { Archive } from './index';
import { textDoc } from '../../../test-support/report-docs';

let t: TestArchive;
let extra: Awaited<ReturnType<typeof makeTempFolder>> | undefined;
afterEach(async () => {
  await t?.cleanup();
  await extra?.remove();
  extra = undefined;
});

const day = (n: number) => new Date(Date.UTC(2026, 2, n, 2, 0, 0));

describe('backups', () => {
  it('keeps one backup per day for the last seven days', async () => {
    let today = 1;
    t = await createTestArchive({ articles: 1, options: { now: () => day(today) } });
    for (let next = 2; next <= 10; next++) {
      today = next;
      await t.reopen();
    }
    await t.archive.idle();
    const dailies = (await t.archive.listBackups()).filter((b) => b.kind === 'daily');
    expect(dailies.map((b) => b.createdAt.slice(0, 10))).toEqual([
      '2026-03-10',
      '2026-03-09',
      '2026-03-08',
      '2026-03-07',
      '2026-03-06',
      '2026-03-05',
      '2026-03-04',
    ]);
  });

  it('backs up before a merge and before deleting many articles, and a restore brings the state back', async () => {
    t = await createTestArchive({
      articles: [
        sampleDraft(1, { category: 'A' }),
        sampleDraft(2, { category: 'B' }),
        ...Array.from({ length: 50 }, (_, i) => sampleDraft(i + 3, { category: 'B' })),
      ],
    });
    await t.archive.idle();
    const [a, b] = t.archive.listCategories();
    await t.archive.mergeCategories(b!.id, a!.id);
    await t.archive.deleteArticles(t.seeded.slice(2).map((m) => m.id));
    const kinds = (await t.archive.listBackups()).map((info) => info.kind);
    expect(kinds.filter((kind) => kind === 'pre-bulk')).toHaveLength(2);
    const beforeDelete = (await t.archive.listBackups()).find((info) => info.kind === 'pre-bulk')!;
    expect(beforeDelete.articleCount).toBe(52);
    await t.archive.restore(beforeDelete.name);
    expect(t.archive.listArticles()).toHaveLength(52);
    expect(t.archive.listCategories().map((c) => c.name)).toEqual(['A']);
    expect((await t.archive.listBackups()).some((info) => info.kind === 'pre-restore')).toBe(true);
  });

  it('backs up reports and restores them', async () => {
    t = await createTestArchive();
    const { meta } = await t.archive.reports.create({ title: 'Báo cáo', content: textDoc('v1') });
    const backup = await t.archive.backup();
    await t.archive.reports.save({ id: meta.id, baseRevision: 0, content: textDoc('v2') });
    await t.archive.restore(backup.name);
    expect((await t.archive.reports.get(meta.id)).report?.content).toEqual(textDoc('v1'));
  });

  it('refuses an unknown backup name, including one that tries to leave the backups folder', async () => {
    t = await createTestArchive();
    await expect(t.archive.restore('../../etc')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a backup that is no longer there and keeps the archive as it was', async () => {
    t = await createTestArchive({ articles: 3 });
    const gone = (await t.archive.backup()).name;
    await rm(path.join(t.dir, 'backups', gone), { recursive: true });
    await expect(t.archive.restore(gone)).rejects.toMatchObject({ code: 'not-found' });
    expect(t.archive.listArticles()).toHaveLength(3);
    expect((await t.reopen()).listArticles()).toHaveLength(3);
  });
});

describe('restoring', () => {
  it('brings back the backup exactly, even after compactions: no later change replays from a newer journal', async () => {
    t = await createTestArchive({ articles: 3 });
    const backup = (await t.archive.backup()).name;
    await t.archive.compact();
    await t.archive.updateMeta(t.seeded[0]!.id, { starred: true });
    await t.archive.deleteArticles([t.seeded[1]!.id]);
    await t.archive.restore(backup);
    const check = (archive: Archive) => {
      expect(archive.listArticles()).toHaveLength(3);
      expect(archive.getMeta(t.seeded[0]!.id)?.starred).toBe(false);
    };
    check(t.archive);
    check(await t.reopen());
    // An undamaged catalogue is not set aside: the pre-restore backup already holds it.
    expect(existsSync(path.join(t.dir, 'damaged'))).toBe(false);
  });
});

describe('the journal', () => {
  it('folds into catalog.jsonl on compaction, and the archive reads the same afterwards', async () => {
    t = await createTestArchive({ articles: 3 });
    await t.archive.updateMeta(t.seeded[0]!.id, { starred: true });
    await t.archive.deleteArticles([t.seeded[1]!.id]);
    const before = [...t.archive.listArticles()];
    await t.archive.compact();
    const journals = (await readdir(t.dir)).filter((name) => name.startsWith('journal-'));
    expect(journals).toHaveLength(1);
    expect(await readFile(path.join(t.dir, journals[0]!), 'utf8')).toBe('');
    const archive = await t.reopen();
    // The same articles; listed in the order written, newest first (see list-query.test.ts).
    const byId = (list: readonly { id: string }[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(archive.listArticles())).toEqual(byId(before));
    await archive.undoDelete([t.seeded[1]!.id]);
    expect(archive.listArticles()).toHaveLength(3);
  });

  it('replays both journals when a crash hit a compaction before the new catalogue landed', async () => {
    t = await createTestArchive({ articles: 2 });
    await t.archive.close();
    // State of the disk just after the switch to journal-1 and before catalog.jsonl was rewritten.
    const snapshot = path.join(t.dir, 'snapshot-copy');
    await mkdir(snapshot);
    await copyFile(path.join(t.dir, 'catalog.jsonl'), path.join(snapshot, 'catalog.jsonl'));
    await copyFile(path.join(t.dir, 'journal-0.log'), path.join(snapshot, 'journal-0.log'));
    let archive = await t.reopen();
    await archive.compact();
    await archive.updateMeta(t.seeded[0]!.id, { read: true });
    await archive.close();
    await copyFile(path.join(snapshot, 'catalog.jsonl'), path.join(t.dir, 'catalog.jsonl'));
    await copyFile(path.join(snapshot, 'journal-0.log'), path.join(t.dir, 'journal-0.log'));
    archive = await t.reopen();
    expect(archive.listArticles()).toHaveLength(2);
    expect(archive.getMeta(t.seeded[0]!.id)?.read).toBe(true);
  });
});

describe('moving the archive', () => {
  it('moves everything to a new folder, keeps working there, and leaves the old folder empty of archive files', async () => {
    t = await createTestArchive({ articles: 2 });
    await t.archive.reports.create({ title: 'Báo cáo' });
    extra = await makeTempFolder();
    const target = path.join(extra.dir, 'usb', 'Kho Tin');
    await writeFile(path.join(t.dir, 'ghi-chu.txt'), 'not part of the archive');
    const changes: unknown[] = [];
    t.archive.onChange((change) => changes.push(change));
    await t.archive.moveTo(target);
    expect(t.archive.dir).toBe(target);
    // The library and search reload from the new place.
    expect(changes).toEqual([{ type: 'updated', ids: [] }]);
    await t.archive.updateMeta(t.seeded[0]!.id, { starred: true });
    expect(await readdir(t.dir)).toEqual(['ghi-chu.txt']);
    await t.archive.close();
    const moved = await Archive.open(target);
    expect(moved.getMeta(t.seeded[0]!.id)?.starred).toBe(true);
    expect((await moved.getArticle(t.seeded[1]!.id)).body).not.toBeNull();
    expect(await moved.reports.list()).toHaveLength(1);
    await moved.close();
  });

  it('refuses a folder that is not empty, and stays where it was', async () => {
    t = await createTestArchive({ articles: 1 });
    extra = await makeTempFolder();
    await writeFile(path.join(extra.dir, 'other.txt'), 'x');
    await expect(t.archive.moveTo(extra.dir)).rejects.toMatchObject({ code: 'invalid-input' });
    await t.archive.updateMeta(t.seeded[0]!.id, { read: true });
    expect(t.archive.dir).toBe(t.dir);
  });
});
