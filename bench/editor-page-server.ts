/**
 * The editor benches' page (bench/editor-page: the real ReportEditor with the app's CSS), built
 * with Vite and served on 127.0.0.1; every media/ request gets a 1×1 PNG.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../e2e/support/browser';
import { rendererConfig } from '../renderer/vite.config';

const here = path.dirname(fileURLToPath(import.meta.url));
const PAGE_DIR = path.join(here, 'editor-page');
const OUT_DIR = path.join(here, 'results/editor-page');

// 1×1 PNG: every media/ request gets it, so images take their stored width as in the app.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export async function buildPage(): Promise<void> {
  await build({
    ...rendererConfig,
    root: PAGE_DIR,
    logLevel: 'warn',
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      minify: process.env.BENCH_MINIFY !== 'false',
      rollupOptions: { input: path.join(PAGE_DIR, 'index.html') },
    },
  });
}

export function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (pathname.startsWith('/media/')) {
      response.writeHead(200, { 'content-type': 'image/png' }).end(PIXEL);
      return;
    }
    const file = path.join(OUT_DIR, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(OUT_DIR)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, {
            'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ server, url: `http://127.0.0.1:${address.port}/` });
    }),
  );
}

export type BenchPage = { page: Page; browser: Browser; close(): Promise<void> };

/** The page built, served and open in Debian's Chromium, ready to mount; close() ends all. */
export async function openBenchPage(): Promise<BenchPage> {
  await buildPage();
  const { server, url } = await serve();
  const browser = await launchChromium();
  const close = async () => {
    await browser.close();
    server.close();
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    return { page, browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}
