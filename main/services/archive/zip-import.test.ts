import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { AppError } from '../../../shared/errors';
import { sampleDraft } from '../../../test-support/article-drafts';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { folderChecksum } from '../../../test-support/folder-checksum';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { exportArchive, importArchive } from './archive-transfer';

/**
 * `import-archive` is handed zips from other offices and USB sticks. Each crafted zip below must
 * be refused whole, with the entry and the reason named, and nothing written anywhere: not in
 * the archive, not in the staging folder, not where a hostile path points.
 */
let target: TestArchive;
let temp: { dir: string; remove(): Promise<void> };
let stagingRoot: string;

beforeEach(async () => {
  target = await createTestArchive({ articles: 2 });
  temp = await makeTempFolder('kho-tin-zip-');
  stagingRoot = path.join(temp.dir, 'staging', 'deep');
  await mkdir(stagingRoot, { recursive: true });
});
afterEach(async () => {
  await target.cleanup();
  await temp.remove();
});

type Entry = { name: string; data?: Buffer; mode?: number; compress?: boolean };

/**
 * Builds a zip with yazl; names yazl itself refuses ("../x", "C:/x") are written under a
 * same-length placeholder and patched into the bytes afterwards, as a hostile tool would.
 */
/** Each entry's name and unpacked size. */
function zipEntries(zipPath: string): Promise<Map<string, number>> {
  return new Promise((resolve, reject) =>
    yauzl.open(zipPath, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      const entries = new Map<string, number>();
      zip.on('entry', (entry: yauzl.Entry) => entries.set(entry.fileName, entry.uncompressedSize));
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
    }),
  );
}

async function craftZip(file: string, entries: Entry[]): Promise<string> {
  const zip = new yazl.ZipFile();
  const patches: [Buffer, Buffer][] = [];
  entries.forEach((entry, i) => {
    const placeholder = `${String.fromCharCode(65 + i)}`.repeat(Buffer.byteLength(entry.name));
    patches.push([Buffer.from(placeholder), Buffer.from(entry.name)]);
    zip.addBuffer(entry.data ?? Buffer.from('{}'), placeholder, {
      mode: entry.mode,
      compress: entry.compress ?? true,
    });
  });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  for (const [from, to] of patches) replaceAll(bytes, from, to);
  const zipPath = path.join(temp.dir, file);
  await writeFile(zipPath, bytes);
  return zipPath;
}

/** Overwrites every occurrence of `from` in place (same length). */
function replaceAll(bytes: Buffer, from: Buffer, to: Buffer): void {
  let at = bytes.indexOf(from);
  while (at >= 0) {
    to.copy(bytes, at);
    at = bytes.indexOf(from, at + to.length);
  }
}

async function expectRefused(zipPath: string, entryName: string, reason: RegExp) {
  const before = await folderChecksum(target.dir);
  const error = await importArchive(target.archive, zipPath, stagingRoot).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('unsafe-archive');
  expect((error as AppError).detail).toContain(entryName.slice(0, 40));
  expect((error as AppError).detail).toMatch(reason);
  expect(await folderChecksum(target.dir), 'the archive changed').toBe(before);
  expect(await readdir(stagingRoot), 'something was unpacked').toEqual([]);
  for (const escaped of ['escaped.json', 'x.json'])
    for (const dir of [temp.dir, path.dirname(stagingRoot), path.dirname(temp.dir)])
      expect(await stat(path.join(dir, escaped)).catch(() => null)).toBeNull();
}

describe('import-archive refuses unsafe zips, writing nothing', () => {
  it.each([
    ['../../escaped.json', /"\.\." leaves the folder/],
    ['items/../../../escaped.json', /"\.\." leaves the folder/],
    ['..\\..\\escaped.json', /"\.\." leaves the folder/],
    ['/tmp/escaped.json', /absolute path/],
    ['//server/share/x.json', /absolute path/],
    ['C:/Windows/x.json', /drive letter/],
    ['c:x.json', /drive letter/],
    ['items/NUL.json', /device name/],
    ['CON', /device name/],
    ['media/com1.png', /device name/],
    ['LPT9.txt', /device name/],
    ['items/ab/x.json:stream', /":" in a name/],
    ['items/ab. /x.json', /ends in a dot or space/],
    ['items/\u0001x.json', /control characters/],
  ])('refuses an entry named %s', async (name, reason) => {
    const zipPath = await craftZip('hostile.zip', [
      { name: 'catalog.jsonl', data: Buffer.from('') },
      { name },
    ]);
    await expectRefused(zipPath, name, reason);
  });

  it('refuses a symbolic link', async () => {
    const zipPath = await craftZip('link.zip', [
      { name: 'media/link.png', data: Buffer.from('/etc/passwd'), mode: 0o120777 },
    ]);
    await expectRefused(zipPath, 'media/link.png', /symbolic link/);
  });

  it('refuses a device file', async () => {
    const zipPath = await craftZip('device.zip', [{ name: 'items/dev', mode: 0o020666 }]);
    await expectRefused(zipPath, 'items/dev', /special file/);
  });

  it('refuses a name that appears twice (in any case)', async () => {
    const zipPath = await craftZip('twice.zip', [
      { name: 'items/ab/x.json' },
      { name: 'items/AB/X.json' },
    ]);
    await expectRefused(zipPath, 'items/AB/X.json', /the same name twice/);
  });

  it('refuses a zip bomb by its packing ratio', async () => {
    const zipPath = await craftZip('bomb.zip', [
      { name: 'items/ab/bomb.json', data: Buffer.alloc(8 * 1024 * 1024, 0x20) },
    ]);
    await expectRefused(zipPath, 'items/ab/bomb.json', /packed \d+×/);
  });

  it('refuses an entry that inflates past the size it declared, leaving no staging behind', async () => {
    const data = Buffer.from('x'.repeat(200_000));
    const zipPath = await craftZip('liar.zip', [{ name: 'items/ab/liar.json', data }]);
    const bytes = await import('node:fs/promises').then((fs) => fs.readFile(zipPath));
    // The central directory's "uncompressed size" (offset 24) now claims 10 bytes.
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(10, central + 24);
    await writeFile(zipPath, bytes);
    const before = await folderChecksum(target.dir);
    await expect(importArchive(target.archive, zipPath, stagingRoot)).rejects.toMatchObject({
      code: 'unsafe-archive',
    });
    expect(await folderChecksum(target.dir)).toBe(before);
    expect(await readdir(stagingRoot)).toEqual([]);
  });

  it('still merges a zip the app exported itself', async () => {
    const source = await createTestArchive({ articles: 3 });
    const zipPath = path.join(temp.dir, 'kho.zip');
    await exportArchive(source.archive, zipPath);
    await source.cleanup();
    const summary = await importArchive(target.archive, zipPath, stagingRoot);
    expect(summary.added + summary.duplicates).toBe(3);
    expect(await readdir(stagingRoot)).toEqual([]);
  });
  // Mutation testing: the journal folding before export and the reports of a merge were untested.
  it('exports one folded catalogue, and merges reports (trashed ones too) once', async () => {
    const source = await createTestArchive({ articles: 2 });
    const [first] = source.seeded;
    await source.archive.updateMeta(first!.id, { starred: true });
    await source.archive.reports.create({ title: 'Báo cáo quý' });
    const trashed = await source.archive.reports.create({ title: 'Bản nháp' });
    await source.archive.reports.delete(trashed.meta.id);
    const zipPath = path.join(temp.dir, 'kho.zip');
    await exportArchive(source.archive, zipPath);
    await source.cleanup();
    // The change to the first article is in the catalogue; the journal left is empty.
    const entries = await zipEntries(zipPath);
    expect(entries.get('catalog.jsonl')).toBeGreaterThan(0);
    const journals = [...entries].filter(([name]) => name.startsWith('journal-'));
    expect(
      journals.every(([, size]) => size === 0),
      JSON.stringify(journals),
    ).toBe(true);
    const merged = await importArchive(target.archive, zipPath, stagingRoot);
    expect(merged.reports).toBe(2);
    expect(merged.added + merged.duplicates).toBe(2);
    expect(await importArchive(target.archive, zipPath, stagingRoot)).toMatchObject({
      added: 0,
      duplicates: 2,
      reports: 0,
    });
  });
  it('exports an archive opened read-only (a damaged one being rescued) without trying to write to it', async () => {
    const source = await createTestArchive({ articles: 2 });
    await source.archive.close();
    const { Archive } = await import('./index');
    const reader = await Archive.open(source.dir, { readOnly: true });
    const zipPath = path.join(temp.dir, 'kho.zip');
    try {
      expect((await exportArchive(reader, zipPath)).files).toBeGreaterThan(2);
    } finally {
      await reader.close();
      await source.cleanup();
    }
    const merged = await importArchive(target.archive, zipPath, stagingRoot);
    expect(merged.added + merged.duplicates).toBe(2);
  });
  it('merges new articles with their category, and counts the ones already here as duplicates', async () => {
    const source = await createTestArchive({
      articles: [sampleDraft(41, { category: 'Quốc phòng - An ninh' }), sampleDraft(1)],
    });
    const zipPath = path.join(temp.dir, 'kho.zip');
    await exportArchive(source.archive, zipPath);
    await source.cleanup();
    const before = target.archive.listArticles().length;
    const merged = await importArchive(target.archive, zipPath, stagingRoot);
    expect(merged.added).toBe(target.archive.listArticles().length - before);
    expect(merged.added + merged.duplicates).toBe(2);
    expect(merged.added).toBeGreaterThan(0);
    const names = target.archive.listCategories().map((category) => category.name);
    expect(names).toContain('Quốc phòng - An ninh');
  });
});
