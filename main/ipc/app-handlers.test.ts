import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../shared/ipc';
import { openTestServices, type TestServices } from '../../test-support/test-services';
import type { LogEvent } from '../services/log/logger';
import { createHandlerTable, type HandlerTable } from './handler-table';
import { invokeChannel } from './invoke';

let t: TestServices;
let table: HandlerTable;
const logged: LogEvent[] = [];
const opened: string[] = [];

async function call<C extends ChannelName>(channel: C, input?: unknown): Promise<ChannelOutput<C>> {
  const result = await invokeChannel(table, channel, input, () => 'vi');
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as ChannelOutput<C>;
}

beforeAll(async () => {
  t = await openTestServices();
});
// The table is made per test: a change to how it is built must be seen by each test (mutation testing).
beforeEach(() => {
  const logger = { info: (event: LogEvent) => logged.push(event), warn() {}, error() {} };
  table = createHandlerTable({
    ...t.services,
    logger,
    openExternal: async (url) => opened.push(url) > 0,
  });
});
afterAll(async () => t.remove());

describe('the app channels', () => {
  it('app.info names the app, its version, platform, shell and both folders (what IT asks for)', async () => {
    expect(await call('app.info')).toEqual({
      name: 'Kho Tin',
      version: 'test',
      platform: process.platform,
      shell: 'web',
      archivePath: t.paths.archiveDir,
      userDataPath: t.paths.userDataDir,
    });
  });

  it('opens a safe link in the browser and never hands an unsafe one to the shell', async () => {
    expect(await call('app.openExternal', { url: 'javascript:alert(1)' })).toEqual({
      opened: false,
    });
    expect(opened).toEqual([]);
    expect(await call('app.openExternal', { url: 'https://kiengiang.gov.vn/' })).toEqual({
      opened: true,
    });
    expect(opened).toEqual(['https://kiengiang.gov.vn/']);
  });

  it('settings.set and settings.reset tell every open window the new settings', async () => {
    const changed: unknown[] = [];
    const off = t.services.events.onAny((name, payload) => {
      if (name === 'settings.changed') changed.push(payload);
    });
    const set = await call('settings.set', { reader: { fontSize: 22 } });
    expect(set.reader.fontSize).toBe(22);
    const reset = await call('settings.reset', { section: 'reader' });
    expect(reset.reader.fontSize).not.toBe(22);
    off();
    expect(changed).toEqual([set, reset]);
    expect(await call('settings.get')).toEqual(reset);
  });

  it('jobs.cancel says whether there was a job to stop', async () => {
    expect(await call('jobs.cancel', { jobId: 'khong-co' })).toEqual({ cancelled: false });
    let release = () => {};
    const { jobId, result } = t.services.jobs.start(
      'reindex',
      () => new Promise<void>((resolve) => (release = resolve)),
    );
    expect(await call('jobs.cancel', { jobId })).toEqual({ cancelled: true });
    release();
    await result.catch(() => undefined);
  });

  it('app.saveDiagnostics answers a dated zip and notes in the log that it was saved', async () => {
    const saved = await call('app.saveDiagnostics');
    expect(saved.fileName).toMatch(/^kho-tin-chan-doan-\d{8}-\d{4}\.zip$/);
    expect(Buffer.from(saved.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(logged).toContain('diagnostics.saved');
  });
});
