import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { makeDocx, tinyPng } from '../../../test-support/fixtures/import/make-docx';
import { importFixture, repoRoot } from '../../../test-support/fixtures/import/paths';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { EventBus } from '../event-bus';
import { JobRunner } from '../jobs';
import { runImportBatch, type BatchFile, type BatchParser } from './batch';
import { ImportService, POOL_FROM } from './import-service';
import { ParsePool } from './parse-pool';
import { parseWorkerEntry } from './parse-worker-entry';

let temp: { dir: string; remove(): Promise<void> };
const archives: TestArchive[] = [];
const pools: ParsePool[] = [];
beforeEach(async () => {
  temp = await makeTempFolder('kho-tin-parse-pool-');
});
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
  await Promise.all(archives.splice(0).map((archive) => archive.cleanup()));
  await temp.remove();
});

const asPath = (file: string, key = file): BatchFile => ({
  key,
  source: { kind: 'path', path: file },
});
const viaPool = (pool: ParsePool): BatchParser => {
  pools.push(pool);
  return { parse: (task, signal) => pool.parse(task, signal), lookahead: pool.threads * 2 };
};
const faultyWorker = {
  filename: path.join(repoRoot, 'test-support/import/faulty-parse-worker.ts'),
  execArgv: parseWorkerEntry().execArgv,
};

/** Small news pages under these names, each with its own headline, as batch files. */
async function writePages(names: string[]): Promise<BatchFile[]> {
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(temp.dir, name);
      await writeFile(
        file,
        `<html><body><h1>Trang ${name} về cải cách hành chính ở cơ sở</h1><p>Nội dung trang ${name}: các xã đẩy mạnh dịch vụ công trực tuyến toàn trình.</p></body></html>`,
      );
      return asPath(file);
    }),
  );
}
const numbered = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}.html`);

/** An import service over a fresh test archive, parsing as `parser` says. */
async function importServiceWith(parser: ConstructorParameters<typeof ImportService>[0]['parser']) {
  const test = await createTestArchive();
  archives.push(test);
  const jobs = new JobRunner(new EventBus());
  return { test, jobs, service: new ImportService({ archive: test.archive, jobs, parser }) };
}

async function importInto(files: BatchFile[], parser?: BatchParser) {
  const archive = await createTestArchive();
  archives.push(archive);
  const rows = await runImportBatch(
    archive.archive,
    { files, duplicateMode: 'keep' },
    { signal: new AbortController().signal, progress: () => undefined },
    parser,
  );
  const articles = await Promise.all(
    rows.map(async (row) => {
      if (!row.articleId) return { file: row.file, outcome: row.outcome, error: row.errorCode };
      const { id, importedAt, body, categoryId, ...meta } = await archive.archive.getArticle(
        row.articleId,
      );
      const category = archive.archive.listCategories().find((c) => c.id === categoryId)?.name;
      expect([id, importedAt, body?.id]).toEqual([row.articleId, expect.any(String), id]);
      return { file: row.file, outcome: row.outcome, meta, category, body: { ...body!, id: null } };
    }),
  );
  return { rows, articles, archive: archive.archive };
}

/** The repo's own import fixtures and held-back pages, a Word file with a picture, and a bad file. */
async function fixtureFiles(): Promise<BatchFile[]> {
  const own = importFixture('.');
  const heldBack = importFixture('held-back');
  const names = [
    ...(await readdir(own)).filter((n) => /\.(html|txt)$/.test(n)).map((n) => path.join(own, n)),
    ...(await readdir(heldBack))
      .filter((n) => /\.(html|txt)$/.test(n))
      .map((n) => path.join(heldBack, n)),
  ];
  const docx = path.join(temp.dir, 'van-ban.docx');
  await writeFile(
    docx,
    await makeDocx([
      { kind: 'title', text: 'Báo cáo kết quả công tác cải cách hành chính quý I' },
      { kind: 'paragraph', text: 'Ủy ban nhân dân tỉnh báo cáo kết quả như sau.' },
      { kind: 'image', png: tinyPng(), descr: 'Ảnh hội nghị' },
    ]),
  );
  const empty = path.join(temp.dir, 'rong.txt');
  await writeFile(empty, '');
  return [...names.sort(), docx, empty].map((file) => asPath(file));
}

// Each test starts worker threads that load jsdom: seconds each on a loaded machine.
describe('import through the worker pool', { timeout: 120_000 }, () => {
  it('gives the same articles, images and failures as parsing in this thread, Word files included', async () => {
    const files = await fixtureFiles();
    expect(files.length).toBeGreaterThan(40);
    const inThread = await importInto(files);
    const pooled = await importInto(files, viaPool(new ParsePool({ threads: 2 })));
    expect(pooled.articles).toEqual(inThread.articles);
    const withImages = pooled.articles.flatMap((a) =>
      a.body?.images.some((i) => i.media) ? [a] : [],
    );
    expect(withImages.map((a) => a.file)).toEqual(
      expect.arrayContaining(['van-ban.docx', 'page-with-images.html']),
    );
    for (const article of withImages)
      for (const image of article.body?.images ?? [])
        if (image.media)
          await expect(stat(pooled.archive.mediaPath(image.media))).resolves.toBeTruthy();
    expect(pooled.rows.find((r) => r.file === 'rong.txt')).toMatchObject({
      outcome: 'failed',
      errorCode: 'empty-file',
    });
  });

  it('replaces its workers every few pages and loses none of them', async () => {
    const files = await writePages(numbered('trang', 9));
    const pool = new ParsePool({ threads: 1, recycleAfter: 2 });
    const { rows } = await importInto(files, viaPool(pool));
    expect(rows.map((r) => r.outcome)).toEqual(Array(9).fill('imported'));
    expect(pool.generations).toBeGreaterThanOrEqual(4);
  });

  it('a page that hangs or crashes its worker is one failed line; the batch goes on', async () => {
    const files = await writePages(['a.html', 'treo.html', 'b.html', 'sap.html', 'c.html']);
    const pool = new ParsePool({ threads: 2, timeoutMs: 8_000, worker: faultyWorker });
    const { rows } = await importInto(files, viaPool(pool));
    expect(rows.map((r) => [r.file, r.outcome, r.errorCode])).toEqual([
      ['a.html', 'imported', null],
      ['treo.html', 'failed', 'import-timeout'],
      ['b.html', 'imported', null],
      ['sap.html', 'failed', 'import-crashed'],
      ['c.html', 'imported', null],
    ]);
  });

  it('a few pages import in this thread: no worker is started for them', async () => {
    const files = await writePages(numbered('sap', POOL_FROM - 1));
    // Every page ends its worker ("sap"): they import only if none was sent to one.
    const { service } = await importServiceWith({ threads: 2, worker: faultyWorker });
    const report = await service.start({ files, duplicateMode: 'keep' }).done;
    expect(report.rows.map((r) => r.outcome)).toEqual(Array(POOL_FROM - 1).fill('imported'));
    const more = [...files, asPath(path.join(temp.dir, 'sap-00.html'), 'again')];
    const pooled = await service.start({ files: more, duplicateMode: 'keep' }).done;
    expect(pooled.rows.map((r) => r.errorCode)).toEqual(Array(POOL_FROM).fill('import-crashed'));
  });

  it('imports a batch in this thread when the worker file is missing (a broken install), instead of waiting forever', async () => {
    const files = await writePages(numbered('thieu', POOL_FROM));
    const { service } = await importServiceWith({
      threads: 2,
      worker: { filename: path.join(temp.dir, 'khong-co-worker.js') },
    });
    const report = await service.start({ files, duplicateMode: 'keep' }).done;
    expect(report.rows.map((r) => r.outcome)).toEqual(Array(POOL_FROM).fill('imported'));
  });

  it('cancel mid-batch keeps the files finished, drops the ones parsed ahead and reports how many were left', async () => {
    const files = await writePages(
      numbered('trang', 30).map((n, i) => (i === 6 ? 'treo.html' : n)),
    );
    // Page 7 never finishes parsing: the batch is cancelled while it waits for it.
    const { test, jobs, service } = await importServiceWith({
      threads: 2,
      timeoutMs: 120_000,
      worker: faultyWorker,
    });
    const { jobId, done } = service.start({ files, duplicateMode: 'skip' });
    while (service.report(jobId).rows.length < 6) await new Promise((r) => setTimeout(r, 20));
    expect(jobs.cancel(jobId)).toBe(true);
    const report = await done;
    expect(report.state).toBe('cancelled');
    expect(report.total).toBe(30);
    expect(report.rows.map((r) => r.outcome)).toEqual(Array(6).fill('imported'));
    const ids = test.archive
      .listArticles()
      .map((a) => a.id)
      .sort();
    expect(report.rows.map((r) => r.articleId).sort()).toEqual(ids);
  });
});
