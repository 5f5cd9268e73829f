import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { createHandlerTable, type HandlerTable } from '../ipc/handler-table';
import { invalidInput, invokeChannel } from '../ipc/invoke';
import { openAppServices, type AppPaths, type AppServices } from '../services/app-services';
import { startEarly } from '../services/early-answers';
import { logStart, type Logger } from '../services/log/logger';
import { openNodeLogger } from '../services/log/node-logger';
import { SettingsStore } from '../services/settings/settings-store';
import { readStatic, resolveInside } from './static-files';

export type HostOptions = AppPaths & {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  version?: string;
  /** The largest request body accepted (tests set a small one); 64 MB by default. */
  maxBodyBytes?: number;
  /** Where the host logs; <user data>/logs/host.log unless given. */
  logger?: Logger;
  /**
   * Called as soon as the host listens, before the archive is open: the page can load (and ask
   * for its first list, answered once the archive is ready) meanwhile, as a desktop window would.
   */
  onListening?(url: string): void;
  /**
   * When set and the archive left a head that still describes it: the archive is opened only once
   * the first page has been answered from that head, or after this many ms (a page that never
   * asks for the list). Its decode then does not compete with the page's own load for the cores.
   * startHost still resolves once the archive is open, so only a caller that opens the page from
   * onListening sets it (the `npm run web` process).
   */
  openArchiveAfterFirstPageMs?: number;
};

export type Host = { url: string; token: string; services: AppServices; close(): Promise<void> };

/** Large enough for a batch of uploaded import files, small enough that one request cannot exhaust memory. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * The loopback browser host: serves the built renderer and the SAME handler table as Electron's
 * IPC, on 127.0.0.1 only, behind a per-run token. Lets the real UI run in Chromium where the
 * Electron binary cannot be had (the e2e tests, `npm run web`).
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const logger = options.logger ?? openNodeLogger(options.userDataDir, 'host');
  logStart(logger, 'web', options.version ?? '0.0.0');
  const settings = await SettingsStore.open(options.userDataDir);
  const language = () => settings.get().language;
  const early = startEarly({
    archiveDir: options.archiveDir,
    settings,
    openServices: (archiveLock) =>
      openAppServices(options, {
        shell: 'web',
        version: options.version ?? '0.0.0',
        logger,
        searchAfterFirstList: true,
        settings,
        archiveLock,
      }),
    tableOf: (services) => createHandlerTable({ ...services, openExternal: async () => false }),
    openArchiveAfterFirstPageMs: options.openArchiveAfterFirstPageMs,
  });
  const { opening } = early;
  const token = randomBytes(32).toString('hex');
  let indexHtml: string;
  try {
    indexHtml = (await readFile(path.join(options.rendererDir, 'index.html'), 'utf8')).replace(
      '<head>',
      `<head><meta name="khotin-token" content="${token}">`,
    );
  } catch (error) {
    // No page to serve: let go of the archive (its lock) before saying so.
    await early
      .stop()
      .then((services) => services?.close())
      .catch(() => undefined);
    throw error;
  }
  let origin = '';

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[host]', error);
      logger.error('host.failed', error);
      if (!response.headersSent) send(response, 500, 'text/plain', 'internal error');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Stryker disable next-line StringLiteral: a server request always has a url (typed optional for client responses)
    const url = new URL(request.url ?? '/', origin);
    // A page on another site, or a DNS-rebinding name, must not reach the archive.
    if (request.headers.host !== new URL(origin).host)
      return send(response, 403, 'text/plain', 'forbidden');
    if (request.headers.origin && request.headers.origin !== origin)
      return send(response, 403, 'text/plain', 'forbidden');

    if (url.pathname === '/api/invoke' && request.method === 'POST') {
      if (!tokenMatches(request.headers['x-khotin-token'], token))
        return send(response, 403, 'text/plain', 'forbidden');
      const body = await readBody(request, options.maxBodyBytes ?? MAX_BODY_BYTES);
      if (body === null) {
        // Stop reading the rest: the connection closes once the answer is out.
        response.setHeader('connection', 'close');
        send(response, 413, 'text/plain', 'too large');
        response.on('finish', () => request.destroy());
        return;
      }
      let message: { channel?: unknown; input?: unknown };
      try {
        message = JSON.parse(body) as typeof message;
      } catch {
        const result = invalidInput(language, 'the request body is not JSON');
        return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
      }
      // settings.get and the first page are answered before the archive is open (early-answers.ts).
      const table = (await early.tableFor(message?.channel)) as HandlerTable;
      const result = await invokeChannel(table, message?.channel, message?.input, language, {
        logger,
      });
      return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
    }
    if (url.pathname === '/api/events' && request.method === 'GET') {
      if (!tokenMatches(url.searchParams.get('token'), token))
        return send(response, 403, 'text/plain', 'forbidden');
      return streamEvents((await opening).services, request, response);
    }
    if (url.pathname.startsWith('/media/') && request.method === 'GET') {
      if (!tokenMatches(url.searchParams.get('token'), token))
        return send(response, 403, 'text/plain', 'forbidden');
      const { services } = await opening;
      const file = resolveInside(
        path.join(services.paths.archiveDir, 'media'),
        url.pathname.slice('/media/'.length),
      );
      const found = file ? await readStatic(path.dirname(file), path.basename(file)) : null;
      return found
        ? send(response, 200, found.type, found.body)
        : send(response, 404, 'text/plain', 'not found');
    }
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'method not allowed');
    if (url.pathname === '/' || url.pathname === '/index.html')
      return send(response, 200, 'text/html; charset=utf-8', indexHtml);
    const found = await readStatic(options.rendererDir, url.pathname);
    return found
      ? send(response, 200, found.type, found.body)
      : send(response, 404, 'text/plain', 'not found');
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  options.onListening?.(`${origin}/`);
  let services: AppServices;
  try {
    ({ services } = await opening);
  } catch (error) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
  return {
    url: `${origin}/`,
    token,
    services,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.close();
      logger.info('app.stop');
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(body);
}

/** Absent, or of another length than the token: refused without comparing. */
function tokenMatches(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function streamEvents(
  services: AppServices,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const off = services.events.onAny((event, payload) => {
    response.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  });
  request.on('close', off);
}
