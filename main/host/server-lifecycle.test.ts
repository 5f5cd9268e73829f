import { mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../../test-support/temp-folder';
import { recordingLogger, type Logged } from '../../test-support/recording-logger';
import { startHost, type Host } from './server';

/**
 * What the host does over its life, beyond answering one request: the event stream the page
 * listens on, the log IT reads, an unparsable request, and shutting down with clients connected.
 * (Found by mutation testing: `npm run mutate -- main/host`.)
 */
describe('the loopback host over its life', () => {
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  let host: Host | null;
  let port: number;
  let logged: Logged[];

  beforeEach(async () => {
    folder = await makeTempFolder('kho-tin-host-life-');
    const rendererDir = path.join(folder.dir, 'renderer');
    await mkdir(rendererDir, { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<html><head></head></html>');
    logged = [];
    host = await startHost({
      archiveDir: path.join(folder.dir, 'archive'),
      userDataDir: path.join(folder.dir, 'user-data'),
      rendererDir,
      version: '9.8.7',
      logger: recordingLogger(logged),
    });
    port = Number(new URL(host.url).port);
  });
  afterEach(async () => {
    await host?.close();
    await folder.remove();
  });

  /** Opens /api/events and collects what arrives; `ready` resolves with the first chunk. */
  function openEvents(): {
    ready: Promise<IncomingMessage>;
    received: () => string;
    request: ClientRequest;
  } {
    let text = '';
    let request!: ClientRequest;
    const ready = new Promise<IncomingMessage>((resolve, reject) => {
      request = httpRequest(
        { host: '127.0.0.1', port, path: `/api/events?token=${host!.token}` },
        (response) => {
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
            resolve(response);
          });
          response.on('error', () => {});
        },
      );
      request.on('error', reject);
      request.end();
    });
    return { ready, received: () => text, request };
  }

  const invoke = (channel: string, input?: unknown) =>
    fetch(new URL('/api/invoke', host!.url), {
      method: 'POST',
      headers: { 'x-khotin-token': host!.token },
      body: JSON.stringify({ channel, input }),
    }).then((response) => response.json() as Promise<{ ok: boolean; value?: unknown }>);

  const listeners = () =>
    (
      host!.services.events as unknown as { emitter: { listenerCount(event: string): number } }
    ).emitter.listenerCount('settings.changed');

  it('streams the events the page listens on, and lets go of a client that left', async () => {
    const before = listeners();
    const events = openEvents();
    const response = await events.ready;
    expect(response.headers).toMatchObject({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    // The first bytes, before any event (a start-up reindex may already be sending some).
    expect(events.received().startsWith(': connected\n\n')).toBe(true);
    expect(listeners()).toBe(before + 1);

    await invoke('settings.set', { reader: { fontSize: 22 } });
    await expect.poll(() => events.received()).toContain('settings.changed');
    const message = events
      .received()
      .split('\n\n')
      .find((block) => block.includes('settings.changed'))!;
    expect(message.startsWith('data: ')).toBe(true);
    expect(JSON.parse(message.slice('data: '.length))).toMatchObject({
      event: 'settings.changed',
      payload: { reader: { fontSize: 22 } },
    });

    events.request.destroy();
    await expect.poll(listeners).toBe(before);
  });

  it('answers a request line that is not a URL with 500, logs it, and keeps serving', async () => {
    const status = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(`GET //[ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`),
      );
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('latin1');
        if (text.includes('internal error')) {
          resolve(text);
          socket.destroy();
        }
      });
      socket.on('error', reject);
    });
    expect(status).toMatch(/^HTTP\/1\.1 500 /);
    expect(status.toLowerCase()).toContain('content-type: text/plain');
    expect(logged).toContainEqual(
      expect.objectContaining({ level: 'error', event: 'host.failed' }),
    );
    expect(await invoke('app.info')).toMatchObject({ ok: true, value: { version: '9.8.7' } });
    // The web host never hands a link to a browser of its own: the page opens it itself.
    expect(await invoke('app.openExternal', { url: 'https://kiengiang.gov.vn/' })).toEqual({
      ok: true,
      value: { opened: false },
    });
  });

  it('logs its start with its version, and its stop', async () => {
    expect(logged[0]).toMatchObject({
      level: 'info',
      event: 'app.start',
      fields: { shell: 'web', version: '9.8.7' },
    });
    await host!.close();
    host = null;
    expect(logged.at(-1)).toMatchObject({ level: 'info', event: 'app.stop' });
  });

  it('closes while a page still listens for events, and frees the archive', async () => {
    const events = openEvents();
    await events.ready;
    const { paths } = host!.services;
    await host!.close();
    host = null;
    await expect(
      fetch(`http://127.0.0.1:${port}/`).then((response) => response.status),
    ).rejects.toThrow();
    // The archive's lock is released: the same folders open again at once.
    const again: Logged[] = [];
    host = await startHost({
      ...paths,
      rendererDir: path.join(folder.dir, 'renderer'),
      logger: recordingLogger(again),
    });
    expect(again[0]).toMatchObject({ event: 'app.start', fields: { version: '0.0.0' } });
    expect(await invoke('app.info')).toMatchObject({ ok: true, value: { version: '0.0.0' } });
  });
  it('listens on 127.0.0.1 only: another address of this machine gets no answer', async () => {
    const reach = (address: string) =>
      new Promise<boolean>((resolve) => {
        const socket = connect(port, address, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
    expect(await reach('127.0.0.1')).toBe(true);
    // The whole of 127/8 reaches this machine: a host listening on every address answers there.
    expect(await reach('127.0.0.2')).toBe(false);
  });

  it('takes a 1 MB call with the default 64 MB limit, and refuses a declared 64 MB + 1', async () => {
    const base64 = Buffer.alloc(1024 * 1024, 0x61).toString('base64');
    const inspect = await invoke('import.inspect', { file: { name: 'a.txt', base64 } });
    expect(inspect.ok).toBe(true);
    const status = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(
          [
            'POST /api/invoke HTTP/1.1',
            `Host: 127.0.0.1:${port}`,
            `x-khotin-token: ${host!.token}`,
            `content-length: ${64 * 1024 * 1024 + 1}`,
          ].join('\r\n') + '\r\n\r\n',
        ),
      );
      socket.once('data', (chunk) => {
        resolve(chunk.toString('latin1'));
        socket.destroy();
      });
      socket.on('error', reject);
    });
    expect(status).toMatch(/^HTTP\/1\.1 413 /);
  });
});
