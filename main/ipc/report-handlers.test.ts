import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/ipc';
import { textDoc } from '../../test-support/report-docs';
import { openTestServices, type TestServices } from '../../test-support/test-services';
import { invokeChannel } from './invoke';

describe('report channels through the validating wrapper', () => {
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

  it('creates from a template, saves, lists, deletes and restores a report', async () => {
    const created = await value<{ meta: { id: string; layout: string } }>('reports.create', {
      title: 'Báo cáo tháng',
      template: 'plain',
    });
    expect(created.meta.layout).toBe('plain');
    const id = created.meta.id;
    const saved = await value<{ revision: number }>('reports.save', {
      id,
      baseRevision: 0,
      content: textDoc('Nội dung báo cáo'),
    });
    expect(saved.revision).toBe(1);
    const stale = await call('reports.save', { id, baseRevision: 0, content: textDoc('cũ') });
    expect(stale).toMatchObject({ ok: false, error: { code: 'report-conflict' } });
    expect(await value('reports.list')).toMatchObject([{ id, words: 4 }]);
    await value('reports.delete', { id });
    expect(await value('reports.list')).toEqual([]);
    expect(await value('reports.list', { trash: true })).toMatchObject([{ id }]);
    await value('reports.restore', { id });
    expect(await value('reports.list', { query: 'thang' })).toMatchObject([{ id }]);
  });

  it('renames and duplicates a report, answering the new titles', async () => {
    const { meta } = await opened.services.reports.create({ title: 'Báo cáo tháng' });
    expect(await value('reports.rename', { id: meta.id, title: 'Báo cáo quý' })).toMatchObject({
      id: meta.id,
      title: 'Báo cáo quý',
    });
    const copy = await value<{ id: string; title: string }>('reports.duplicate', { id: meta.id });
    expect(copy.title).toBe('Báo cáo quý (bản sao)');
    expect(copy.id).not.toBe(meta.id);
    expect((await value<{ id: string }[]>('reports.list')).map((r) => r.id).sort()).toEqual(
      [meta.id, copy.id].sort(),
    );
  });

  it('reads an earlier version and puts it back as the current text', async () => {
    const { meta } = await opened.services.reports.create({ title: 'Báo cáo tháng' });
    await value('reports.save', { id: meta.id, baseRevision: 0, content: textDoc('Bản đầu') });
    const first = await opened.services.reports.snapshot(meta.id, 'manual');
    await value('reports.save', { id: meta.id, baseRevision: 1, content: textDoc('Bản sau') });
    const versions = await value<{ id: string }[]>('reports.versions', { id: meta.id });
    expect(versions.map((v) => v.id)).toContain(first.id);
    const old = await value<{ content: unknown }>('reports.version', {
      id: meta.id,
      versionId: first.id,
    });
    expect(JSON.stringify(old.content)).toContain('Bản đầu');
    const restored = await value<{ content: unknown }>('reports.restoreVersion', {
      id: meta.id,
      versionId: first.id,
    });
    expect(JSON.stringify(restored.content)).toContain('Bản đầu');
  });

  it('answers a damaged file with its name and reason instead of an error, and lists it', async () => {
    const { meta } = await opened.services.reports.create({ title: 'Hỏng' });
    const file = path.join(opened.paths.archiveDir, 'reports', `${meta.id}.json`);
    await writeFile(file, 'not json');
    opened.services.reports.reset();
    expect(await value('reports.get', { id: meta.id })).toMatchObject({
      report: null,
      damaged: { file, newestVersion: null },
    });
    expect(await value('reports.list')).toMatchObject([
      { id: meta.id, damaged: expect.any(String) },
    ]);
  });

  it('tells every window which report changed, whoever wrote it, and nothing for a refused save', async () => {
    const heard: { event: string; payload: unknown }[] = [];
    opened.services.events.onAny((event, payload) => heard.push({ event, payload }));
    const created = await value<{ meta: { id: string } }>('reports.create', { title: 'Mới' });
    const id = created.meta.id;
    await value('reports.rename', { id, title: 'Đổi tên' });
    await call('reports.save', { id, baseRevision: 0, content: textDoc('cũ') });
    // Written in main without a window asking (a quote from the reader, a compiled report).
    const other = await opened.services.reports.create({ title: 'Từ trình đọc' });
    opened.services.reports.reset();
    expect(heard.filter((h) => h.event === 'reports.changed').map((h) => h.payload)).toEqual([
      { ids: [id] },
      { ids: [id] },
      { ids: [other.meta.id] },
      { ids: [] },
    ]);
  });

  it('refuses a non-image and an invalid report id with typed errors', async () => {
    const notImage = await call('media.put', {
      name: 'x.png',
      base64: Buffer.from('hello').toString('base64'),
    });
    expect(notImage).toMatchObject({ ok: false, error: { code: 'not-an-image' } });
    const badId = await call('reports.get', { id: '../../etc/passwd' });
    expect(badId).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
