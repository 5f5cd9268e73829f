import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc';
import { errorMessage } from '../../shared/i18n/resources';
import { makeTempFolder } from '../../test-support/temp-folder';
import { openAppServices, type AppServices } from '../services/app-services';
import { createHandlerTable, type HandlerTable } from './handler-table';
import { invokeChannel } from './invoke';

/** Payloads no channel accepts: wrong JSON types, and shapes that try prototype pollution. */
const MALFORMED: unknown[] = [
  42,
  'text',
  true,
  [1, 2, 3],
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  { id: { $ne: null }, query: ['a'], url: 7, language: 'xx', section: 1, jobId: '' },
];

/** Services in a temp folder, opened once before the tests of a describe and closed after them. */
function servicesForAll() {
  const state = {} as {
    folder: Awaited<ReturnType<typeof makeTempFolder>>;
    services: AppServices;
    table: HandlerTable;
  };
  beforeAll(async () => {
    state.folder = await makeTempFolder();
    state.services = await openAppServices(
      {
        archiveDir: path.join(state.folder.dir, 'archive'),
        userDataDir: path.join(state.folder.dir, 'user'),
      },
      { shell: 'web', version: 'test' },
    );
    state.table = createHandlerTable({ ...state.services, openExternal: async () => true });
  });
  afterAll(async () => {
    await state.services.close();
    await state.folder.remove();
  });
  return state;
}

/** The real table, with a count of the calls that reached each handler. */
function spyOn(real: HandlerTable): { table: HandlerTable; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const spied = Object.fromEntries(
    Object.entries(real).map(([channel, handler]) => [
      channel,
      (input: unknown) => {
        calls.set(channel, (calls.get(channel) ?? 0) + 1);
        return (handler as (input: unknown) => unknown)(input);
      },
    ]),
  );
  return { table: spied as HandlerTable, calls };
}

// One set of services for every channel: an invalid payload never reaches a handler, so nothing
// changes between tests (and mutation testing reruns these ~50 tests for every mutant).
describe('the validating IPC wrapper, given malformed payloads', () => {
  const state = servicesForAll();

  it.each(CHANNEL_NAMES)(
    'answers malformed payloads on %s with invalid-input, never reaching the handler',
    async (channel) => {
      const spy = spyOn(state.table);
      for (const payload of MALFORMED) {
        const result = await invokeChannel(spy.table, channel, payload, () => 'vi');
        expect(result, `${channel} given ${JSON.stringify(payload)}`).toMatchObject({
          ok: false,
          error: { code: 'invalid-input' },
        });
        if (!result.ok) expect(result.error.message).toBe(errorMessage('invalid-input', 'vi'));
      }
      expect(spy.calls.get(channel) ?? 0, `${channel}'s handler was called`).toBe(0);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const stillAlive = await invokeChannel(state.table, 'app.info', undefined, () => 'vi');
      expect(stillAlive.ok).toBe(true);
    },
  );
});

describe('the validating IPC wrapper', () => {
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  let services: AppServices;
  let table: HandlerTable;

  beforeEach(async () => {
    folder = await makeTempFolder();
    services = await openAppServices(
      { archiveDir: path.join(folder.dir, 'archive'), userDataDir: path.join(folder.dir, 'user') },
      { shell: 'web', version: 'test' },
    );
    table = createHandlerTable({ ...services, openExternal: async () => true });
  });
  afterEach(async () => {
    await services.close();
    await folder.remove();
  });

  it('hands a valid payload to the handler, once', async () => {
    const spy = spyOn(table);
    const result = await invokeChannel(
      spy.table,
      'settings.reset',
      { section: 'reader' },
      () => 'vi',
    );
    expect(result.ok).toBe(true);
    expect(spy.calls.get('settings.reset')).toBe(1);
  });

  // Both found by the IPC fuzzer (main/ipc/fuzz): each answered 'internal' before.
  it('treats settings fields sent as undefined as absent (Electron IPC keeps them)', async () => {
    const result = await invokeChannel(
      table,
      'settings.set',
      { reader: { theme: undefined, fontSize: 20 }, editor: { zoom: undefined } },
      () => 'vi',
    );
    expect(result).toMatchObject({ ok: true, value: { reader: { theme: 'light', fontSize: 20 } } });
  });

  it('refuses a payload that contains itself as invalid input, and stores nothing', async () => {
    const looped: Record<string, unknown> = { agency: 'UBND tỉnh' };
    looped.self = { back: looped };
    const result = await invokeChannel(
      table,
      'settings.set',
      { reportDefaults: looped },
      () => 'vi',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(services.settings.get().reportDefaults).toEqual({});
    // The same object twice side by side is not a loop.
    const shared = { agency: 'UBND tỉnh' };
    const twice = await invokeChannel(
      table,
      'settings.set',
      { reportDefaults: { a: shared, b: shared } },
      () => 'vi',
    );
    expect(twice).toMatchObject({ ok: true, value: { reportDefaults: { a: shared, b: shared } } });
  });

  it('does not erase an article field sent as undefined', async () => {
    await invokeChannel(table, 'archive.loadSample', undefined, () => 'vi');
    const [article] = services.archive.listArticles();
    const result = await invokeChannel(
      table,
      'articles.update',
      { id: article!.id, patch: { title: undefined, starred: true } },
      () => 'vi',
    );
    expect(result).toMatchObject({ ok: true, value: { title: article!.title, starred: true } });
    expect(services.archive.getMeta(article!.id)?.title).toBe(article!.title);
  });

  it('refuses to move the archive onto a file, with a typed error', async () => {
    const file = path.join(folder.dir, 'a-file.txt');
    await writeFile(file, 'x');
    const result = await invokeChannel(table, 'archive.move', { to: file }, () => 'vi');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses an unknown channel, and says so in the user language', async () => {
    const vi = await invokeChannel(table, 'fs.readFile', { path: '/etc/passwd' }, () => 'vi');
    const en = await invokeChannel(table, 'fs.readFile', { path: '/etc/passwd' }, () => 'en');
    expect(vi).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel', message: 'Yêu cầu không được hỗ trợ.' },
    });
    expect(en).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel', message: 'That request is not supported.' },
    });
  });

  it('does not hand non-http links to the system browser', async () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///C:/Windows/system32/calc.exe',
      'https://user:pw@example.com/',
    ]) {
      const result = await invokeChannel(table, 'app.openExternal', { url }, () => 'vi');
      expect(result).toEqual({ ok: true, value: { opened: false } });
    }
    const result = await invokeChannel(
      table,
      'app.openExternal',
      { url: 'https://kiengiang.gov.vn/' },
      () => 'vi',
    );
    expect(result).toEqual({ ok: true, value: { opened: true } });
  });

  it('stores settings that a new set of services reads back', async () => {
    const set = await invokeChannel(
      table,
      'settings.set',
      { language: 'en', reader: { fontSize: 24 } },
      () => 'vi',
    );
    expect(set.ok).toBe(true);
    await services.close();
    services = await openAppServices(services.paths, { shell: 'web', version: 'test' });
    expect(services.settings.get()).toMatchObject({
      language: 'en',
      reader: { fontSize: 24, theme: 'light' },
    });
  });
});
