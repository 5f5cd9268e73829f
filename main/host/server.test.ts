import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { makeTempFolder } from '../../test-support/temp-folder';
import { startHost, type Host } from './server';

/**
 * The host's defences, probed with raw requests: `fetch` normalizes `/../` and sets its own
 * Host header, so it cannot send what an attacker would. Each test here goes red when the
 * defence it names is taken out of server.ts or static-files.ts.
 */
const SECRET = 'the-secret-beside-the-renderer';
const BODY_LIMIT = 4096;
/** Every refusal says what it is, as plain text (never HTML a browser would render). */
const FORBIDDEN = { status: 403, type: 'text/plain', body: 'forbidden' };

type Answer = { status: number; type: string; body: string; headers: Record<string, unknown> };

describe('the loopback host, probed with raw requests', () => {
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  let host: Host;
  let port: number;

  beforeAll(async () => {
    folder = await makeTempFolder('kho-tin-host-');
    const rendererDir = path.join(folder.dir, 'renderer');
    await mkdir(rendererDir, { recursive: true });
    await writeFile(
      path.join(rendererDir, 'index.html'),
      '<html><head></head><body></body></html>',
    );
    await writeFile(path.join(rendererDir, 'app.js'), 'console.log(1)');
    await writeFile(path.join(folder.dir, 'secret.txt'), SECRET);
    host = await startHost({
      archiveDir: path.join(folder.dir, 'archive'),
      userDataDir: path.join(folder.dir, 'user-data'),
      rendererDir,
      version: 'test',
      maxBodyBytes: BODY_LIMIT,
    });
    await mkdir(path.join(folder.dir, 'archive', 'media'), { recursive: true });
    await writeFile(path.join(folder.dir, 'archive', 'media', 'photo.png'), 'not really a png');
    port = Number(new URL(host.url).port);
  });
  afterAll(async () => {
    await host?.close();
    await folder?.remove();
  });

  /** node:http sends the path exactly as written: no normalizing of `..` or `%2f`. */
  function raw(
    pathAsWritten: string,
    options: { method?: string; headers?: Record<string, string | number>; body?: Buffer } = {},
  ): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: pathAsWritten,
          method: options.method ?? 'GET',
          headers: options.headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              type: String(res.headers['content-type'] ?? ''),
              body: Buffer.concat(chunks).toString('utf8'),
              headers: res.headers,
            }),
          );
          // An event stream never ends by itself: its first bytes are enough.
          if (String(res.headers['content-type']).startsWith('text/event-stream')) {
            res.once('data', () => {
              resolve({
                status: res.statusCode ?? 0,
                type: 'text/event-stream',
                body: '',
                headers: res.headers,
              });
              req.destroy();
            });
          }
        },
      );
      req.on('error', reject);
      req.end(options.body);
    });
  }

  /** node:net, for request lines and headers no HTTP client would send. */
  function rawSocket(lines: string[]): Promise<number> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(lines.join('\r\n') + '\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('latin1');
        const status = /^HTTP\/1\.[01] (\d{3})/.exec(text);
        if (status) {
          resolve(Number(status[1]));
          socket.destroy();
        }
      });
      socket.on('error', reject);
      socket.on('end', () => reject(new Error(`no status line in: ${text}`)));
    });
  }

  const invoke = (body: string | Buffer, headers: Record<string, string | number> = {}) =>
    raw('/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-khotin-token': host.token, ...headers },
      body: Buffer.from(body),
    });

  it('serves the renderer (so the refusals below are refusals, not a dead server)', async () => {
    expect((await raw('/app.js')).status).toBe(200);
    expect(await rawSocket(['GET /app.js HTTP/1.1', `Host: 127.0.0.1:${port}`])).toBe(200);
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%252fsecret.txt',
    '/app.js%00.png',
  ])('does not serve files outside the renderer: %s', async (probe) => {
    const answer = await raw(probe);
    expect(answer).toMatchObject({ status: 404, type: 'text/plain', body: 'not found' });
  });

  it.each([
    '/media/..%2f..%2fsecret.txt',
    '/media/../../secret.txt',
    '/media/%2e%2e%2f%2e%2e%2fsecret.txt',
  ])('does not serve files outside media/, even with the token: %s', async (probe) => {
    const answer = await raw(`${probe}?token=${host.token}`);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain(SECRET);
  });

  it('refuses a Host header that is not its own address (another site, DNS rebinding)', async () => {
    for (const hostHeader of ['evil.example', `localhost:${port}`, `127.0.0.1:${port + 1}`]) {
      expect(await rawSocket(['GET / HTTP/1.1', `Host: ${hostHeader}`]), hostHeader).toBe(403);
    }
    expect(await rawSocket(['GET / HTTP/1.0']), 'no Host header').toBe(403);
    expect(await rawSocket(['GET / HTTP/1.1', `Host: 127.0.0.1:${port}`])).toBe(200);
    expect(await raw('/', { headers: { host: 'evil.example' } })).toMatchObject(FORBIDDEN);
  });

  it('refuses a page from another origin, even with the token', async () => {
    const answer = await invoke(JSON.stringify({ channel: 'settings.get' }), {
      origin: 'http://evil.example',
    });
    expect(answer).toMatchObject({ status: 403, type: 'text/plain', body: 'forbidden' });
    // The app's own origin, which a browser sends on POST, is accepted.
    const own = await invoke(JSON.stringify({ channel: 'settings.get' }), {
      origin: `http://127.0.0.1:${port}`,
    });
    expect(own.status).toBe(200);
  });

  it('serves /media only with the per-run token', async () => {
    expect(await raw('/media/photo.png')).toMatchObject(FORBIDDEN);
    expect((await raw(`/media/photo.png?token=${'0'.repeat(64)}`)).status).toBe(403);
    const allowed = await raw(`/media/photo.png?token=${host.token}`);
    expect(allowed.status).toBe(200);
    expect(allowed.body).toBe('not really a png');
    expect(await raw(`/media/missing.png?token=${host.token}`)).toMatchObject({
      status: 404,
      type: 'text/plain',
      body: 'not found',
    });
  });

  it('streams /api/events only with the per-run token', async () => {
    expect(await raw('/api/events')).toMatchObject(FORBIDDEN);
    expect((await raw(`/api/events?token=${'0'.repeat(64)}`)).status).toBe(403);
    const allowed = await raw(`/api/events?token=${host.token}`);
    expect(allowed).toMatchObject({ status: 200, type: 'text/event-stream' });
  });

  it('refuses /api/invoke without the token', async () => {
    const body = JSON.stringify({ channel: 'settings.get' });
    expect(await invoke(body, { 'x-khotin-token': '' })).toMatchObject(FORBIDDEN);
    expect((await invoke(body, { 'x-khotin-token': 'f'.repeat(64) })).status).toBe(403);
    expect((await invoke(body)).status).toBe(200);
  });

  it('refuses a body over the limit, whether its length is declared or streamed', async () => {
    const big = JSON.stringify({
      channel: 'app.openExternal',
      input: { url: 'x'.repeat(BODY_LIMIT) },
    });
    const declared = await invoke(big);
    expect(declared).toMatchObject({ status: 413, type: 'text/plain', body: 'too large' });
    // The rest of the body is not read: the client is told the connection ends here.
    expect(declared.headers.connection).toBe('close');
    const chunked = await invoke(big, { 'transfer-encoding': 'chunked' });
    expect(chunked.status).toBe(413);
    const small = JSON.stringify({ channel: 'app.openExternal', input: { url: 'x'.repeat(100) } });
    expect((await invoke(small)).status).toBe(200);
    expect((await invoke(small, { 'transfer-encoding': 'chunked' })).status).toBe(200);
  });

  // Without the check on the declared length, the host would wait for a body that never comes.
  it(
    'refuses a declared length over the limit before reading the body',
    { timeout: 5000 },
    async () => {
      const status = await rawSocket([
        'POST /api/invoke HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        `x-khotin-token: ${host.token}`,
        'content-type: application/json',
        `content-length: ${BODY_LIMIT + 1}`,
      ]);
      expect(status).toBe(413);
    },
  );

  it('answers a body that is not JSON with invalid-input, not unknown-channel', async () => {
    const answer = await invoke('{not json');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', detail: 'the request body is not JSON' },
    });
  });

  // Found by mutation testing (npm run mutate -- main/host/server.ts): these went unnoticed.
  it('sends the strict CSP, nosniff and no-store with every answer, refusals included', async () => {
    for (const probe of ['/', '/app.js', '/missing.js', '/media/photo.png']) {
      const answer = await raw(probe);
      expect(answer.headers['content-security-policy'], probe).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.headers['x-content-type-options'], probe).toBe('nosniff');
      expect(answer.headers['cache-control'], probe).toBe('no-store');
    }
  });

  it('serves the page with its per-run token, and answers calls as JSON', async () => {
    const page = await raw('/');
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(page.body).toBe(
      `<html><head><meta name="khotin-token" content="${host.token}"></head><body></body></html>`,
    );
    expect((await raw('/index.html')).body).toBe(page.body);
    const call = await invoke(JSON.stringify({ channel: 'app.info' }));
    expect(call.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(call.body)).toMatchObject({
      ok: true,
      value: { shell: 'web', version: 'test' },
    });
    // Without a logger of its own, the host logs to <user data>/logs/host.log.
    expect(existsSync(path.join(folder.dir, 'user-data', 'logs', 'host.log'))).toBe(true);
  });

  it('takes calls by POST only, and nothing else but GET', async () => {
    const body = Buffer.from(JSON.stringify({ channel: 'app.info' }));
    const headers = { 'x-khotin-token': host.token };
    expect((await raw('/api/invoke', { headers })).status).toBe(404);
    expect(await raw('/', { method: 'POST', headers, body })).toMatchObject({
      status: 405,
      type: 'text/plain',
      body: 'method not allowed',
    });
    expect((await raw('/app.js', { method: 'PUT', headers, body })).status).toBe(405);
    expect(
      (await raw(`/media/photo.png?token=${host.token}`, { method: 'POST', headers })).status,
    ).toBe(405);
    expect((await raw(`/api/events?token=${host.token}`, { method: 'POST', headers })).status).toBe(
      405,
    );
  });

  it('accepts a body of exactly the limit', async () => {
    const wrapper = JSON.stringify({ channel: 'app.openExternal', input: { url: '' } });
    const exact = JSON.stringify({
      channel: 'app.openExternal',
      input: { url: 'x'.repeat(BODY_LIMIT - wrapper.length) },
    });
    expect(Buffer.byteLength(exact)).toBe(BODY_LIMIT);
    expect((await invoke(exact)).status).toBe(200);
    expect((await invoke(exact, { 'transfer-encoding': 'chunked' })).status).toBe(200);
  });
});
