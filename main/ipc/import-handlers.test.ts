import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFixture } from '../../test-support/fixtures/import/paths';
import { openTestServices, type TestServices } from '../../test-support/test-services';
import type { AppServices } from '../services/app-services';
import { createHandlerTable, type HandlerTable } from './handler-table';
import { MAX_UPLOAD_BYTES } from '../../shared/ipc/import';
import { toSource } from './import-handlers';
import { invokeChannel } from './invoke';

describe('import channels', () => {
  let opened: TestServices;
  let services: AppServices;
  let table: HandlerTable;
  const call = (channel: string, input: unknown) =>
    invokeChannel(table, channel, input, () => 'vi');

  beforeEach(async () => {
    opened = await openTestServices();
    ({ services, table } = opened);
  });
  afterEach(() => opened.remove());

  it('inspects an uploaded file without saving anything', async () => {
    const base64 = (await readFile(importFixture('legacy-vni.txt'))).toString('base64');
    const result = await call('import.inspect', { file: { name: 'cu.txt', base64 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      fileName: 'cu.txt',
      format: 'text',
      encoding: { chosen: 'vni' },
    });
    expect(services.archive.listArticles()).toHaveLength(0);
  });

  it('runs a batch from paths (a folder expands) and serves its report and CSV', async () => {
    const start = await call('import.start', {
      files: [{ key: 'a', file: { path: importFixture('') } }],
      duplicateMode: 'skip',
    });
    expect(start.ok).toBe(true);
    if (!start.ok) return;
    const { jobId } = start.value as { jobId: string };
    let report = await call('import.report', { jobId });
    while (report.ok && (report.value as { state: string }).state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      report = await call('import.report', { jobId });
    }
    expect(report.ok && (report.value as { state: string }).state).toBe('done');
    const rows = report.ok
      ? (report.value as { rows: { file: string; outcome: string }[] }).rows
      : [];
    expect(rows.find((r) => r.file === 'portal-copy-bracketed.txt')?.outcome).toBe('imported');
    expect(rows.find((r) => r.file === 'hostile.html')?.outcome).toBe('imported');
    const csv = await call('import.reportCsv', { jobId });
    expect(csv.ok && (csv.value as { csv: string }).csv).toContain('portal-copy-bracketed.txt');
  });

  it('refuses an unknown report and an oversized upload with typed errors', async () => {
    expect(await call('import.report', { jobId: 'khong-co' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const tooBig = 'A'.repeat(45 * 1024 * 1024);
    expect(
      await call('import.inspect', { file: { name: 'lon.txt', base64: tooBig } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  // Mutation testing: the cap in toSource was never reached (the schema refused first).
  it('takes an upload of exactly the cap, and refuses one byte more naming the file', () => {
    const exact = Buffer.alloc(MAX_UPLOAD_BYTES, 0x61);
    const source = toSource({ name: 'vua.txt', base64: exact.toString('base64') });
    expect(source).toMatchObject({ kind: 'bytes', name: 'vua.txt' });
    expect(source.kind === 'bytes' && source.bytes.length).toBe(MAX_UPLOAD_BYTES);
    const over = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x61).toString('base64');
    expect(() => toSource({ name: 'lon.txt', base64: over })).toThrow(
      expect.objectContaining({ code: 'file-too-large', detail: 'lon.txt: > 30 MB' }),
    );
    expect(toSource({ path: '/tmp/a.txt' })).toEqual({ kind: 'path', path: '/tmp/a.txt' });
  });

  it('imports an uploaded file (the web host) under its key, so the choices made for it apply', async () => {
    const base64 = (await readFile(importFixture('portal-copy-bracketed.txt'))).toString('base64');
    const start = await call('import.start', {
      files: [{ key: 'k1', file: { name: 'tin.txt', base64 } }],
      duplicateMode: 'skip',
      overrides: { k1: { fields: { title: 'Tiêu đề do người nhập sửa' } } },
    });
    expect(start.ok).toBe(true);
    if (!start.ok) return;
    await services.jobs.whenIdle();
    expect(services.archive.listArticles().map((meta) => meta.title)).toEqual([
      'Tiêu đề do người nhập sửa',
    ]);
  });

  it('the desktop app answers the paths its file dialog chose', async () => {
    table = createHandlerTable({
      ...services,
      openExternal: async () => true,
      pickFiles: async () => ['/tai-lieu/tin.txt'],
    });
    expect(await call('import.pickFiles', undefined)).toEqual({
      ok: true,
      value: { paths: ['/tai-lieu/tin.txt'], available: true },
    });
  });

  it('says the native picker is unavailable on the web host', async () => {
    expect(await call('import.pickFiles', undefined)).toEqual({
      ok: true,
      value: { paths: null, available: false },
    });
  });
});
