import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/ipc';
import { SAMPLE_FIELDS, sampleBody } from '../../test-support/nd30-report';
import { openTestServices, type TestServices } from '../../test-support/test-services';
import { createHandlerTable } from './handler-table';
import { invokeChannel } from './invoke';

describe('reports.export through the validating wrapper', () => {
  let opened: TestServices;
  const call = async (channel: ChannelName, input?: unknown) =>
    invokeChannel(opened.table, channel, input, () => 'vi');
  const value = async <T>(channel: ChannelName, input?: unknown): Promise<T> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail ?? ''}`);
    return result.value as T;
  };

  beforeEach(async () => {
    opened = await openTestServices();
  });
  afterEach(() => opened.remove());

  it('exports HTML, snapshots the report and offers its agency and signer for the next one', async () => {
    const created = await value<{ meta: { id: string } }>('reports.create', {
      template: 'bao-cao',
      fields: SAMPLE_FIELDS,
      content: sampleBody(1),
    });
    const id = created.meta.id;
    const out = await value<{ fileName: string; base64: string; savedTo: null }>('reports.export', {
      id,
      format: 'html',
    });
    expect(out.fileName).toBe('BC 07 Tinh hinh thuc hien nhiem vu thang 01 nam 2026.html');
    expect(Buffer.from(out.base64, 'base64').toString('utf8')).toContain('Số: 07/BC-VP');
    expect(await value('reports.versions', { id })).toMatchObject([{ reason: 'export' }]);

    const next = await value<{ fields: Record<string, unknown> }>('reports.create', {
      template: 'to-trinh',
    });
    expect(next.fields).toMatchObject({
      type: 'to-trinh',
      agency: 'VĂN PHÒNG',
      place: 'Kiên Giang',
      signerName: 'Trần Thị Hạnh',
      number: null,
      summary: '',
    });
  });

  it('exports a Word file through the channel (the Word builder is loaded on first use)', async () => {
    const created = await value<{ meta: { id: string } }>('reports.create', {
      template: 'bao-cao',
      fields: SAMPLE_FIELDS,
      content: sampleBody(1),
    });
    const out = await value<{ fileName: string; base64: string }>('reports.export', {
      id: created.meta.id,
      format: 'docx',
    });
    expect(out.fileName).toMatch(/\.docx$/);
    expect(Buffer.from(out.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('exporting a plain document (no decree header) keeps the agency and signer offered for the next report', async () => {
    // Written before any report was exported, so it carries no agency or signer.
    const plain = await value<{ meta: { id: string } }>('reports.create', { template: 'plain' });
    const formal = await value<{ meta: { id: string } }>('reports.create', {
      template: 'bao-cao',
      fields: SAMPLE_FIELDS,
      content: sampleBody(1),
    });
    await value('reports.export', { id: formal.meta.id, format: 'html' });
    await value('reports.export', { id: plain.meta.id, format: 'html' });
    const next = await value<{ fields: Record<string, unknown> }>('reports.create', {
      template: 'to-trinh',
    });
    expect(next.fields).toMatchObject({ agency: 'VĂN PHÒNG', signerName: 'Trần Thị Hạnh' });
  });

  it('the desktop app hands the file to its save dialog and answers where it went, without the bytes', async () => {
    const created = await value<{ meta: { id: string } }>('reports.create', {
      template: 'bao-cao',
      fields: SAMPLE_FIELDS,
      content: sampleBody(1),
    });
    const saved: { fileName: string; bytes: Uint8Array }[] = [];
    const table = createHandlerTable({
      ...opened.services,
      openExternal: async () => true,
      saveFile: async (fileName, bytes) => {
        saved.push({ fileName, bytes });
        return `/tai-lieu/${fileName}`;
      },
    });
    const result = await invokeChannel(
      table,
      'reports.export',
      { id: created.meta.id, format: 'html' },
      () => 'vi',
    );
    const fileName = 'BC 07 Tinh hinh thuc hien nhiem vu thang 01 nam 2026.html';
    expect(result).toEqual({
      ok: true,
      value: { fileName, base64: null, savedTo: `/tai-lieu/${fileName}` },
    });
    expect(saved.map((file) => file.fileName)).toEqual([fileName]);
    expect(Buffer.from(saved[0]!.bytes).toString('utf8')).toContain('Số: 07/BC-VP');
  });

  it('refuses to export a damaged report file, naming it, instead of failing inside', async () => {
    const created = await value<{ meta: { id: string } }>('reports.create', {
      template: 'bao-cao',
    });
    await writeFile(
      path.join(opened.paths.archiveDir, 'reports', `${created.meta.id}.json`),
      '{"meta": {"id"',
    );
    expect(await call('reports.export', { id: created.meta.id, format: 'html' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', detail: `report ${created.meta.id}` },
    });
  });

  it('refuses an unknown format and names a missing report', async () => {
    expect(await call('reports.export', { id: 'r0123456789ab', format: 'odt' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call('reports.export', { id: 'r0123456789ab', format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
