import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { CURRENT_SCHEMA_VERSION } from './catalog-schema';
import { Archive } from './index';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test-support/fixtures/archive');
let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let archive: Archive | undefined;
afterEach(async () => {
  await archive?.close();
  archive = undefined;
  await folder?.remove();
});

async function fromFixture(name: string): Promise<string> {
  folder = await makeTempFolder();
  await cp(path.join(FIXTURES, name), folder.dir, { recursive: true });
  return folder.dir;
}

async function schemaVersionOnDisk(dir: string): Promise<number> {
  const names = await readdir(dir);
  const file = names.includes('catalog.jsonl') ? 'catalog.jsonl' : 'catalog.json';
  const firstLine = (await readFile(path.join(dir, file), 'utf8')).split('\n')[0]!;
  return (
    JSON.parse(
      file === 'catalog.jsonl' ? firstLine : await readFile(path.join(dir, file), 'utf8'),
    ) as { schemaVersion: number }
  ).schemaVersion;
}

describe('migrations', () => {
  it('upgrades a version 1 archive (bodies inside the catalogue): bodies move to their own files, reader state starts unread', async () => {
    const dir = await fromFixture('schema-v1');
    const original = await readFile(path.join(dir, 'catalog.json'), 'utf8');
    archive = await Archive.open(dir);
    expect(archive.status()).toMatchObject({ readOnly: false, problems: [] });
    expect(archive.listArticles().map((m) => [m.id, m.read, m.starred, m.readingPosition])).toEqual(
      [
        ['a1000000001', false, false, 0],
        ['b2000000002', false, false, 0],
      ],
    );
    expect((await archive.readBody('a1000000001'))?.captions).toEqual(['Quang cảnh hội nghị.']);
    expect(await schemaVersionOnDisk(dir)).toBe(CURRENT_SCHEMA_VERSION);
    expect(await readFile(path.join(dir, 'catalog.jsonl'), 'utf8')).not.toContain('<p>');
    expect(await readdir(dir)).not.toContain('catalog.json');
    const backups = await archive.listBackups();
    const preMigration = backups.find((b) => b.kind === 'pre-migration')!;
    expect(
      await readFile(path.join(dir, 'backups', preMigration.name, 'catalog.json'), 'utf8'),
    ).toBe(original);
  });

  it('upgrades a version 2 archive and keeps working after a restart', async () => {
    const dir = await fromFixture('schema-v2');
    archive = await Archive.open(dir);
    await archive.updateMeta('a2000000001', { starred: true });
    await archive.close();
    archive = await Archive.open(dir);
    expect(archive.getMeta('a2000000001')).toMatchObject({
      title: 'Lễ hội truyền thống đầu xuân',
      starred: true,
      read: false,
    });
    expect(archive.listCategories()).toEqual([{ id: 'c1', name: 'Văn hóa - Xã hội', count: 1 }]);
    expect(await schemaVersionOnDisk(dir)).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('leaves an old archive untouched when opened read-only, and says it needs upgrading', async () => {
    const dir = await fromFixture('schema-v2');
    archive = await Archive.open(dir, { readOnly: true });
    expect(archive.status().problems).toEqual([
      { file: 'catalog.json', reason: expect.stringMatching(/must be upgraded/) },
    ]);
    expect(await schemaVersionOnDisk(dir)).toBe(2);
    expect(await readdir(dir)).not.toContain('backups');
  });

  it('upgrades a version 3 archive (one line per article) to columns, replaying its journal, after a backup of the old file', async () => {
    const dir = await fromFixture('schema-v3');
    const original = await readFile(path.join(dir, 'catalog.jsonl'), 'utf8');
    const expected = [
      ['a3000000001', 'Hội nghị tổng kết công tác năm 2023', 'c1', true, false, 0.5],
      ['a3000000002', 'Khánh thành cầu mới', null, false, true, 0],
    ];
    const summary = (a: Archive) =>
      a
        .listArticles()
        .map((m) => [m.id, m.title, m.categoryId, m.read, m.starred, m.readingPosition]);
    archive = await Archive.open(dir);
    expect(archive.status()).toMatchObject({ readOnly: false, problems: [] });
    expect(summary(archive)).toEqual(expected);
    expect(await schemaVersionOnDisk(dir)).toBe(CURRENT_SCHEMA_VERSION);
    const preMigration = (await archive.listBackups()).find((b) => b.kind === 'pre-migration')!;
    expect(
      await readFile(path.join(dir, 'backups', preMigration.name, 'catalog.jsonl'), 'utf8'),
    ).toBe(original);
    await archive.close();
    archive = await Archive.open(dir);
    expect(summary(archive)).toEqual(expected);
    expect(archive.getMeta('a3000000001')).toMatchObject({
      lead: 'Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị.',
      sourceUrl: 'https://example.gov.vn/tin/31',
      publishedAt: '2024-01-10T09:00:00+07:00',
    });
    await archive.undoDelete(['a3000000003']);
    expect(archive.getMeta('a3000000003')).toMatchObject({ title: 'Tin đã xóa', categoryId: 'c1' });
  });

  it('reads a version 3 archive opened read-only without rewriting it', async () => {
    const dir = await fromFixture('schema-v3');
    const original = await readFile(path.join(dir, 'catalog.jsonl'), 'utf8');
    archive = await Archive.open(dir, { readOnly: true });
    expect(archive.status().problems).toEqual([]);
    expect(archive.listArticles()).toHaveLength(2);
    expect(await readFile(path.join(dir, 'catalog.jsonl'), 'utf8')).toBe(original);
  });
});
