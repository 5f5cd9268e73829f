import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n/resources';
import { recordingLogger, type Logged } from '../../test-support/recording-logger';
import { makeTempFolder } from '../../test-support/temp-folder';
import { openAppServices, type AppServices } from '../services/app-services';
import { createHandlerTable, type HandlerTable } from './handler-table';
import { invalidInput, invokeChannel } from './invoke';

/**
 * What the wrapper's answers say beyond their code: the detail that names the field at fault,
 * what reaches the handler, and what reaches the log. (Found by mutation testing:
 * `npm run mutate -- main/ipc`.)
 */
describe('the IPC wrapper, in detail', () => {
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  let services: AppServices;
  let table: HandlerTable;

  beforeAll(async () => {
    folder = await makeTempFolder();
    services = await openAppServices(
      { archiveDir: path.join(folder.dir, 'archive'), userDataDir: path.join(folder.dir, 'user') },
      { shell: 'web', version: 'test' },
    );
    table = createHandlerTable({ ...services, openExternal: async () => false });
  });
  afterAll(async () => {
    await services.close();
    await folder.remove();
  });

  /** The real table with one handler replaced; `received` keeps what that handler was given. */
  function withHandler(channel: keyof HandlerTable, handler: (input: unknown) => unknown) {
    const received: unknown[] = [];
    const replaced = {
      ...table,
      [channel]: (input: unknown) => {
        received.push(input);
        return handler(input);
      },
    } as HandlerTable;
    return { table: replaced, received };
  }

  const vi = () => 'vi' as const;

  it('names the field at fault in invalid-input, nested path included', async () => {
    const nested = await invokeChannel(table, 'settings.set', { reader: { fontSize: 'x' } }, vi);
    expect(nested).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (nested.ok) return;
    expect(nested.error.detail).toMatch(/^reader\.fontSize: /);

    const whole = await invokeChannel(table, 'settings.reset', 42, vi);
    expect(whole.ok ? '' : whole.error.detail).toMatch(/^\(input\): /);
  });

  it('lists at most three faults, separated so each can be read', async () => {
    const result = await invokeChannel(
      table,
      'reports.save',
      { id: 1, baseRevision: -1, title: 2, final: 'yes', layout: 3, content: 4 },
      vi,
    );
    const detail = result.ok ? '' : (result.error.detail ?? '');
    expect(detail.split('; ')).toHaveLength(3);
    expect(detail.split('; ').map((part) => part.split(':')[0])).toEqual([
      'id',
      'baseRevision',
      'title',
    ]);
  });

  it('refuses a channel name that is not a string, even one that reads as a channel', async () => {
    // JSON can carry ["app.info"], which String() turns into "app.info".
    for (const channel of [['app.info'], { toString: () => 'app.info' }, 42, null]) {
      const result = await invokeChannel(table, channel, undefined, vi);
      expect(result, String(channel)).toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
  });

  it('quotes at most 100 characters of an unknown channel name', async () => {
    const result = await invokeChannel(table, 'x'.repeat(500), undefined, vi);
    expect(result.ok ? '' : result.error.detail).toBe('x'.repeat(100));
  });

  it('passes an AppError on with its code and detail; adds no detail when there is none', async () => {
    const thrower = withHandler('app.info', () => {
      throw new AppError('not-found', 'a3000000002');
    });
    expect(await invokeChannel(thrower.table, 'app.info', undefined, () => 'en')).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: errorMessage('not-found', 'en'),
        detail: 'a3000000002',
      },
    });
    const bare = withHandler('app.info', () => {
      throw new AppError('not-found');
    });
    const result = await invokeChannel(bare.table, 'app.info', undefined, vi);
    expect(result.ok ? null : result.error).toEqual({
      code: 'not-found',
      message: errorMessage('not-found', 'vi'),
    });
  });

  it('answers anything else thrown as internal, and logs the channel, never the message', async () => {
    const logged: Logged[] = [];
    const thrower = withHandler('app.info', () => {
      throw new Error('secret article text');
    });
    const result = await invokeChannel(thrower.table, 'app.info', undefined, vi, {
      logger: recordingLogger(logged),
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: errorMessage('internal', 'vi') },
    });
    // Without a logger (the CLI, tests) the answer is the same, not a crash of the wrapper.
    expect(await invokeChannel(thrower.table, 'app.info', undefined, vi)).toEqual(result);
    expect(logged).toEqual([
      expect.objectContaining({
        level: 'error',
        event: 'ipc.failed',
        fields: { channel: 'app.info' },
      }),
    ]);
  });

  it('logs a call as slow at the bar it is given, and a quick call not at all', async () => {
    const logged: Logged[] = [];
    const logger = recordingLogger(logged);
    await invokeChannel(table, 'app.info', undefined, vi, { logger });
    expect(logged).toEqual([]);
    const slow = withHandler('app.info', async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return table['app.info'](undefined);
    });
    await invokeChannel(slow.table, 'app.info', undefined, vi, { logger, slowMs: 20 });
    expect(logged).toEqual([
      { level: 'warn', event: 'ipc.slow', fields: { channel: 'app.info', ms: expect.any(Number) } },
    ]);
    expect(logged[0]!.fields!.ms).toBeGreaterThanOrEqual(20);
  });

  it('drops keys sent as undefined at any depth, arrays included, and keeps other objects whole', async () => {
    const create = withHandler('reports.create', (input) => input);
    const when = new Date(0);
    const content = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { textAlign: undefined, when, nothing: null },
          content: [{ type: 'text', text: 'x', marks: [{ type: 'bold', attrs: undefined }] }],
        },
      ],
    };
    const result = await invokeChannel(create.table, 'reports.create', { content }, vi);
    expect(result.ok).toBe(true);
    const got = create.received[0] as { content: typeof content };
    const paragraph = got.content.content[0]!;
    expect(Object.keys(paragraph.attrs)).toEqual(['when', 'nothing']);
    expect(paragraph.attrs.when).toBeInstanceOf(Date);
    expect(paragraph.attrs.nothing).toBeNull();
    expect(Object.keys(paragraph.content[0]!.marks[0]!)).toEqual(['type']);
  });

  it('words a body that is not JSON as invalid-input in the user language', () => {
    expect(invalidInput(() => 'en', 'the request body is not JSON')).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: errorMessage('invalid-input', 'en'),
        detail: 'the request body is not JSON',
      },
    });
  });
});
