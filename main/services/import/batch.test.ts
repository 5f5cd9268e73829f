import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { importFixture } from '../../../test-support/fixtures/import/paths';
import { asPath, writeHundredMegabytes, runBatch } from '../../../test-support/import-batch';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { runImportBatch, type BatchFile } from './batch';

let test: TestArchive;
let temp: { dir: string; remove(): Promise<void> };

beforeEach(async () => {
  test = await createTestArchive();
  temp = await makeTempFolder('kho-tin-import-');
});
afterEach(async () => {
  await test.cleanup();
  await temp.remove();
});

const run = (files: BatchFile[], mode?: 'skip' | 'replace' | 'keep', signal?: AbortSignal) =>
  runBatch(test.archive, files, mode, signal);

describe('a batch with bad files among good ones', () => {
  it('imports the good files and reports each bad one with its reason; one failure never stops the batch', async () => {
    const empty = path.join(temp.dir, 'rong.txt');
    const binary = path.join(temp.dir, 'anh-doi-ten.txt');
    const huge = path.join(temp.dir, 'rat-lon.txt');
    const folderAsFile = path.join(temp.dir, 'thu-muc.txt');
    const notZip = path.join(temp.dir, 'gia.docx');
    await writeFile(empty, '');
    await writeFile(
      binary,
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        Buffer.alloc(200, 7),
      ]),
    );
    await writeHundredMegabytes(huge);
    await mkdir(folderAsFile);
    await writeFile(notZip, 'not a zip at all');
    const rows = await run([
      asPath(importFixture('portal-copy-bracketed.txt')),
      asPath(empty),
      asPath(binary),
      asPath(huge),
      asPath(folderAsFile),
      asPath(path.join(temp.dir, 'khong-ton-tai.txt')),
      asPath(notZip),
      asPath(path.join(temp.dir, 'bang-tinh.xlsx')),
      asPath(importFixture('portal-copy-labelled.txt')),
    ]);
    expect(rows.map((r) => [r.file, r.outcome, r.errorCode])).toEqual([
      ['portal-copy-bracketed.txt', 'imported', null],
      ['rong.txt', 'failed', 'empty-file'],
      ['anh-doi-ten.txt', 'failed', 'binary-file'],
      ['rat-lon.txt', 'failed', 'file-too-large'],
      ['thu-muc.txt', 'failed', 'unreadable-file'],
      ['khong-ton-tai.txt', 'failed', 'unreadable-file'],
      ['gia.docx', 'failed', 'unsupported-file'],
      ['bang-tinh.xlsx', 'failed', 'unsupported-file'],
      ['portal-copy-labelled.txt', 'imported', null],
    ]);
    expect(rows[3].reason).toMatch(/100\.0 MB > 20\.0 MB/);
    expect(
      test.archive
        .listArticles()
        .map((a) => a.title)
        .sort(),
    ).toEqual([
      'Hướng dẫn người dân nộp hồ sơ trực tuyến dịch vụ công cấp xã trên địa bàn tỉnh',
      'Khai mạc Hội thi tin học trẻ cấp tỉnh năm 2025 tại Trường THPT chuyên',
    ]);
  });

  it('an uploaded file named with path traversal is imported under its last segment and writes nothing outside the archive', async () => {
    const bytes = await import('node:fs/promises').then((fs) =>
      fs.readFile(importFixture('portal-copy-table.txt')),
    );
    const rows = await run([
      {
        key: 'x',
        source: {
          kind: 'bytes',
          name: '../../../../tmp/evil/..\\..\\boot.ini\\bai-viet.txt',
          bytes,
        },
      },
    ]);
    expect(rows[0]).toMatchObject({ file: 'bai-viet.txt', outcome: 'imported' });
    expect(await readdir(temp.dir)).toEqual([]);
    const article = await test.archive.getArticle(rows[0].articleId!);
    expect(article.title).toBe(
      'Tổng hợp kết quả thực hiện chỉ tiêu trồng rừng năm 2024 – Những điểm cần chú ý',
    );
  });

  it("stores the images saved beside an HTML page in the archive's media folder", async () => {
    const rows = await run([asPath(importFixture('page-with-images.html'))]);
    const article = await test.archive.getArticle(rows[0].articleId!);
    const ref = article.body!.images[0].media!;
    expect(ref).toMatch(/^media\/[0-9a-f]{64}\.png$/);
    expect(await readdir(path.join(test.dir, 'media'))).toContain(ref.slice('media/'.length));
  });
});

describe('duplicates', () => {
  it('skip, replace or keep both, chosen per batch and overridden per file', async () => {
    const file = importFixture('portal-copy-bracketed.txt');
    const [first] = await run([asPath(file)]);
    expect((await run([asPath(file)], 'skip'))[0]).toMatchObject({
      outcome: 'skipped-duplicate',
      articleId: first.articleId,
    });
    expect(test.archive.listArticles()).toHaveLength(1);

    const replaced = await runImportBatch(
      test.archive,
      {
        files: [asPath(file, 'a')],
        duplicateMode: 'skip',
        overrides: { a: { duplicateMode: 'replace', fields: { title: 'Tiêu đề đã sửa' } } },
      },
      { signal: new AbortController().signal, progress: () => undefined },
    );
    expect(replaced[0]).toMatchObject({ outcome: 'replaced', articleId: first.articleId });
    expect(test.archive.getMeta(first.articleId!)?.title).toBe('Tiêu đề đã sửa');

    expect((await run([asPath(file)], 'keep'))[0].outcome).toBe('kept-both');
    expect(test.archive.listArticles()).toHaveLength(2);
  });

  it('recognizes the same article saved in NFD with other spacing as a duplicate', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(importFixture('portal-copy-bracketed.txt'), 'utf8');
    await run([asPath(importFixture('portal-copy-bracketed.txt'))]);
    const variant = Buffer.from(text.normalize('NFD').replace(/\n/g, '\r\n'));
    const rows = await run([
      { key: 'v', source: { kind: 'bytes', name: 'ban-sao.txt', bytes: variant } },
    ]);
    expect(rows[0].outcome).toBe('skipped-duplicate');
  });
});
