import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { asPath, numbered, pathsOf, runBatch } from '../../../test-support/import-batch';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { EventBus } from '../event-bus';
import { JobRunner } from '../jobs';
import { BULK_FROM, runImportBatch, type BatchFile } from './batch';
import { expandPaths, type WalkFs } from './expand-paths';
import { ImportService } from './import-service';

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

describe('folders, cancel, progress and the report', () => {
  it('lists every file of a folder past the old 20,000 cap, in a stable order', async () => {
    const folder = path.join(temp.dir, 'nhieu-tep');
    await mkdir(folder);
    const count = 20_050;
    for (let i = 0; i < count; i += 500)
      await Promise.all(
        Array.from({ length: Math.min(500, count - i) }, (_, k) =>
          writeFile(path.join(folder, `tin-${String(i + k).padStart(5, '0')}.txt`), ''),
        ),
      );
    const files = pathsOf(await expandPaths([folder]));
    expect(files).toHaveLength(count);
    expect(path.basename(files.at(-1)!)).toBe('tin-20049.txt');
  }, 60_000);

  it('past the batch limit, says in the report how many files were left and from which one', async () => {
    for (let i = 0; i < 7; i++) await writeFile(path.join(temp.dir, `tin-${i}.txt`), numbered(i));
    const sources = await expandPaths([temp.dir], undefined, 5);
    expect(sources).toHaveLength(6);
    const rows = await run(sources.map((source, i) => ({ key: String(i), source })));
    expect(rows.filter((row) => row.outcome === 'imported')).toHaveLength(5);
    expect(rows.at(-1)).toMatchObject({
      file: 'tin-5.txt',
      outcome: 'failed',
      errorCode: 'too-many-files',
    });
    expect(rows.at(-1)!.reason).toContain('2 tệp chưa nhập');
  });

  it('walks folders and reports progress as count + current file', async () => {
    const folder = path.join(temp.dir, 'lo-tin');
    await mkdir(path.join(folder, 'con'), { recursive: true });
    await mkdir(path.join(folder, 'trang_files'), { recursive: true });
    for (let i = 0; i < 4; i++)
      await writeFile(path.join(folder, i % 2 ? 'con' : '', `tin-${i}.txt`), numbered(i));
    await writeFile(path.join(folder, 'trang_files', 'phu.html'), '<p>ảnh</p>');
    await writeFile(path.join(folder, 'ghi-chu.xlsx'), 'x');
    const files = pathsOf(await expandPaths([folder]));
    expect(files.map((f) => path.relative(folder, f)).sort()).toEqual([
      'con/tin-1.txt',
      'con/tin-3.txt',
      'tin-0.txt',
      'tin-2.txt',
    ]);
    const calls: [number, number, string | null][] = [];
    await runImportBatch(
      test.archive,
      { files: files.map((f) => asPath(f)), duplicateMode: 'skip' },
      {
        signal: new AbortController().signal,
        progress: (done, total, current) => calls.push([done, total, current]),
      },
    );
    expect(calls[0]).toEqual([0, 4, path.basename(files[0])]);
    expect(calls.at(-1)).toEqual([4, 4, null]);
  });

  it('a folder that cannot be listed is a failed line of the report, not nothing', async () => {
    const folder = path.join(temp.dir, 'lo-tin');
    const locked = path.join(folder, 'khoa');
    await mkdir(locked, { recursive: true });
    await writeFile(path.join(folder, 'tin-0.txt'), numbered(0));
    await writeFile(path.join(locked, 'tin-1.txt'), numbered(1));
    // Tests run as root here, where permissions do not stop readdir: the refusal is handed in.
    const fs: WalkFs = {
      stat,
      readdir: ((dir: string, options: never) =>
        dir === locked
          ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }))
          : readdir(dir, options)) as WalkFs['readdir'],
    };
    for (const given of [folder, locked]) {
      const sources = await expandPaths([given], fs);
      const rows = await run(sources.map((source, i) => ({ key: String(i), source })));
      expect(rows.find((row) => row.file === 'khoa')).toEqual({
        file: 'khoa',
        outcome: 'failed',
        articleId: null,
        title: null,
        errorCode: 'unreadable-folder',
        reason: 'khoa: EACCES',
      });
    }
  });

  it('cancel stops between files and keeps what finished; the report says cancelled', async () => {
    for (let i = 0; i < 12; i++) await writeFile(path.join(temp.dir, `tin-${i}.txt`), numbered(i));
    const files = pathsOf(await expandPaths([temp.dir]));
    const jobs = new JobRunner(new EventBus());
    const service = new ImportService({ archive: test.archive, jobs });
    const { jobId, done } = service.start({
      files: files.map((f) => asPath(f)),
      duplicateMode: 'skip',
    });
    while (service.report(jobId).rows.length < 2)
      await new Promise((resolve) => setImmediate(resolve));
    expect(jobs.cancel(jobId)).toBe(true);
    const report = await done;
    expect(report.state).toBe('cancelled');
    expect(report.rows.length).toBeGreaterThanOrEqual(2);
    expect(report.rows.length).toBeLessThan(12);
    expect(report.rows.every((row) => row.outcome === 'imported')).toBe(true);
    expect(test.archive.listArticles()).toHaveLength(report.rows.length);
    expect(() => service.report('khong-co')).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    // Starts the import pool's worker threads (jsdom in each): slow on a loaded machine.
  }, 120_000);

  it('a large batch goes through the bulk path: duplicates inside the batch and bad files are still reported per file', async () => {
    const files: BatchFile[] = [];
    for (let i = 0; i < 21; i++) {
      const file = path.join(temp.dir, `tin-${String(i).padStart(2, '0')}.txt`);
      await writeFile(file, numbered(i));
      files.push(asPath(file));
    }
    const copy = path.join(temp.dir, 'ban-sao.txt');
    await writeFile(copy, numbered(3));
    const empty = path.join(temp.dir, 'rong.txt');
    await writeFile(empty, '');
    files.push(asPath(copy), asPath(empty));
    expect(files.length).toBeGreaterThanOrEqual(BULK_FROM);
    const rows = await run(files);
    expect(rows.filter((r) => r.outcome === 'imported')).toHaveLength(21);
    const original = rows.find((r) => r.file === 'tin-03.txt')!;
    expect(rows.find((r) => r.file === 'ban-sao.txt')).toMatchObject({
      outcome: 'skipped-duplicate',
      articleId: original.articleId,
    });
    expect(rows.find((r) => r.file === 'rong.txt')).toMatchObject({
      outcome: 'failed',
      errorCode: 'empty-file',
    });
    const ids = new Set(test.archive.listArticles().map((a) => a.id));
    expect(ids.size).toBe(21);
    for (const row of rows.filter((r) => r.outcome === 'imported'))
      expect(ids.has(row.articleId!)).toBe(true);
  });

  it('cancelling a bulk batch keeps exactly the files reported as imported', async () => {
    for (let i = 0; i < 40; i++)
      await writeFile(path.join(temp.dir, `tin-${String(i).padStart(2, '0')}.txt`), numbered(i));
    const jobs = new JobRunner(new EventBus());
    const service = new ImportService({ archive: test.archive, jobs });
    const { jobId, done } = service.start({
      files: pathsOf(await expandPaths([temp.dir])).map((f) => asPath(f)),
      duplicateMode: 'skip',
    });
    while (service.report(jobId).rows.length < 5)
      await new Promise((resolve) => setImmediate(resolve));
    jobs.cancel(jobId);
    const report = await done;
    expect(report.state).toBe('cancelled');
    expect(report.rows.length).toBeLessThan(40);
    const ids = test.archive
      .listArticles()
      .map((a) => a.id)
      .sort();
    expect(report.rows.map((r) => r.articleId).sort()).toEqual(ids);
    // Starts the import pool's worker threads (jsdom in each): slow on a loaded machine.
  }, 120_000);
});
