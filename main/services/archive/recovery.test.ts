import { appendFile, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { sampleDraft } from '../../../test-support/article-drafts';
import { nodeFs, type FsLike } from '../fs/fs-like';
import { bodyRelativePath } from './body-store';

let t: TestArchive;
afterEach(async () => t?.cleanup());

/** An archive with three articles folded into catalog.json, a backup of that, and one more change in the journal. */
async function archiveWithBackup(): Promise<{ catalog: string; backup: string }> {
  t = await createTestArchive({ articles: 3 });
  await t.archive.compact();
  const backup = (await t.archive.backup()).name;
  await t.archive.updateMeta(t.seeded[0]!.id, { starred: true });
  await t.archive.close();
  return { catalog: path.join(t.dir, 'catalog.jsonl'), backup };
}

async function expectReadOnlyKeeping(file: string, reason: RegExp, backup: string) {
  const before = await readFile(file);
  const archive = await t.reopen();
  expect(archive.status()).toEqual({
    readOnly: true,
    problems: [{ file: path.relative(t.dir, file), reason: expect.stringMatching(reason) }],
    newestBackup: backup,
  });
  await expect(archive.addArticle(sampleDraft(9))).rejects.toMatchObject({
    code: 'archive-read-only',
  });
  await archive.close();
  expect(await readFile(file)).toEqual(before);
}

describe('a damaged catalogue', () => {
  it('truncated: opens read-only naming the file, never rewrites it, and restores from the backup', async () => {
    const { catalog, backup } = await archiveWithBackup();
    const { size } = await stat(catalog);
    await truncate(catalog, Math.floor(size / 2));
    await expectReadOnlyKeeping(catalog, /not valid JSON/, backup);
    const archive = await t.reopen();
    const status = await archive.restore(backup);
    expect(status).toMatchObject({ readOnly: false, problems: [] });
    expect(archive.listArticles()).toHaveLength(3);
    const [aside] = await readdir(path.join(t.dir, 'damaged'));
    expect((await stat(path.join(t.dir, 'damaged', aside!, 'catalog.jsonl'))).size).toBe(
      Math.floor(size / 2),
    );
    await archive.addArticle(sampleDraft(4));
    expect((await t.reopen()).listArticles()).toHaveLength(4);
  });

  it('cut short exactly at a line end: read-only, because every column line must be there', async () => {
    const { catalog, backup } = await archiveWithBackup();
    const text = await readFile(catalog, 'utf8');
    await writeFile(catalog, text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1));
    await expectReadOnlyKeeping(catalog, /holds 14 of 15 columns .*cut short/, backup);
  });

  it('with a column shorter than the header counts: read-only, naming the column', async () => {
    const { catalog, backup } = await archiveWithBackup();
    const lines = (await readFile(catalog, 'utf8')).split('\n');
    lines[2] = JSON.stringify((JSON.parse(lines[2]!) as unknown[]).slice(0, 2));
    await writeFile(catalog, lines.join('\n'));
    await expectReadOnlyKeeping(
      catalog,
      /column title: holds 2 values, the header says 3 .*cut short/,
      backup,
    );
  });

  it('with NUL bytes from a power cut: read-only with the reason', async () => {
    const { catalog, backup } = await archiveWithBackup();
    const bytes = await readFile(catalog);
    bytes.fill(0, 20, 60);
    await writeFile(catalog, bytes);
    await expectReadOnlyKeeping(catalog, /NUL bytes/, backup);
  });

  it('from a newer version: read-only, saying which version it is', async () => {
    const { catalog, backup } = await archiveWithBackup();
    const [header, ...rest] = (await readFile(catalog, 'utf8')).split('\n');
    await writeFile(
      catalog,
      [JSON.stringify({ ...JSON.parse(header!), schemaVersion: 7 }), ...rest].join('\n'),
    );
    await expectReadOnlyKeeping(catalog, /schemaVersion 7 was written by a newer Kho Tin/, backup);
  });

  it('that parses but has a wrong field: read-only, naming the field', async () => {
    const { catalog, backup } = await archiveWithBackup();
    const lines = (await readFile(catalog, 'utf8')).split('\n');
    // Line 1 is the header, then one line per field: wordCount is the ninth.
    const wordCounts = JSON.parse(lines[9]!) as unknown[];
    wordCounts[1] = 'many';
    lines[9] = JSON.stringify(wordCounts);
    await writeFile(catalog, lines.join('\n'));
    await expectReadOnlyKeeping(catalog, /article 2: wordCount is not a whole number/, backup);
  });

  it('with a damaged journal line: read-only, naming the journal and line', async () => {
    const { backup } = await archiveWithBackup();
    const journal = (await readdir(t.dir)).find((name) => name.startsWith('journal-'))!;
    const file = path.join(t.dir, journal);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"starred":true', '"starred":fals'));
    await expectReadOnlyKeeping(file, /line 1: checksum mismatch/, backup);
  });
  it('with a journal line whose checksum holds but whose entry this version does not know: read-only, naming the line', async () => {
    const { backup } = await archiveWithBackup();
    const journal = (await readdir(t.dir)).find((name) => name.startsWith('journal-'))!;
    const file = path.join(t.dir, journal);
    const line = (json: string) => `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
    const original = await readFile(file);
    await appendFile(file, line('{"op":"from-a-newer-version"}'));
    await expectReadOnlyKeeping(file, /^line 2: unknown entry$/, backup);
    await writeFile(file, original);
    await appendFile(file, line('{"op":'));
    await expectReadOnlyKeeping(file, /^line 2: not valid JSON$/, backup);
  });
});

describe('crash leftovers that are not damage', () => {
  it('a half-written last journal line (a save cut off before it was acknowledged) is dropped, and saving continues', async () => {
    await archiveWithBackup();
    const journal = (await readdir(t.dir)).find((name) => name.startsWith('journal-'))!;
    await appendFile(path.join(t.dir, journal), '1234abcd {"op":"patch","id":"x","pat');
    let archive = await t.reopen();
    expect(archive.status()).toMatchObject({ readOnly: false, problems: [] });
    await archive.updateMeta(t.seeded[1]!.id, { read: true });
    archive = await t.reopen();
    expect(archive.getMeta(t.seeded[0]!.id)?.starred).toBe(true);
    expect(archive.getMeta(t.seeded[1]!.id)?.read).toBe(true);
  });
});

describe('a damaged body file', () => {
  it('reports the file, stops writing, leaves it as it was, and the other articles still read', async () => {
    t = await createTestArchive({ articles: 2 });
    const [bad, good] = t.seeded;
    const file = path.join(t.dir, bodyRelativePath(bad!.id));
    await writeFile(file, '{"id": garbage');
    await expect(t.archive.readBody(bad!.id)).rejects.toMatchObject({ code: 'archive-corrupt' });
    expect(t.archive.status()).toMatchObject({
      readOnly: true,
      problems: [
        { file: bodyRelativePath(bad!.id), reason: expect.stringMatching(/not valid JSON/) },
      ],
    });
    await expect(t.archive.replaceArticle(bad!.id, sampleDraft(1))).rejects.toMatchObject({
      code: 'archive-read-only',
    });
    expect((await t.archive.readBody(good!.id))?.id).toBe(good!.id);
    expect(await readFile(file, 'utf8')).toBe('{"id": garbage');
  });
});

describe('Windows file locks', () => {
  it('an article save survives EPERM twice on rename (antivirus holding the file)', async () => {
    let failures = 2;
    const fs: FsLike = {
      ...nodeFs,
      rename: (async (from: string, to: string) => {
        if (failures-- > 0)
          throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
        return nodeFs.rename(from, to);
      }) as FsLike['rename'],
    };
    t = await createTestArchive({ options: { fs } });
    await t.archive.idle();
    failures = 2;
    const meta = await t.archive.addArticle(sampleDraft(1));
    expect(failures).toBeLessThan(0);
    expect((await (await t.reopen({})).readBody(meta.id))?.id).toBe(meta.id);
  });
});
