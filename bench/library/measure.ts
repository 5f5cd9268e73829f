import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../e2e/support/browser';
import { startHost, type Host } from '../../main/host/server';
import { spawnHost } from './built-host';

type Session = { page: Page; host: Host; hostMs: number; close(): Promise<void> };

/** Chromium is started first and not timed: the app's own start is what is measured. */
async function open(archiveDir: string, rendererDir: string, browser: Browser): Promise<Session> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-bench-user-'));
  const t0 = performance.now();
  const host = await startHost({ archiveDir, userDataDir, rendererDir, version: 'bench' });
  const hostMs = performance.now() - t0;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  return {
    page,
    host,
    hostMs,
    async close() {
      await context.close();
      await host.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

const FIRST_ROW = '[role="option"][data-article-id]';

type FirstPaint = { totalMs: number; hostMs: number; afterHostMs: number };

const FIRST_ROW_PAINTED = async (page: Page) => {
  await page.locator(FIRST_ROW).first().waitFor();
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
};

/**
 * Start → the first page of the list drawn (a row with an article in it, painted), with the
 * host as the app runs it: the built bundle (`hostEntry`, see built-host.ts) in its own Node
 * process, the spawn included in the time. As in the desktop app, the window (here a Chromium
 * tab) is made while the archive opens, and the page loads as soon as the host listens; its
 * first list is answered once the archive is open.
 */
export async function firstPaint(
  archiveDir: string,
  rendererDir: string,
  hostEntry: string,
): Promise<FirstPaint> {
  const browser = await launchChromium();
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-bench-user-'));
  let host: ReturnType<typeof spawnHost> | null = null;
  try {
    const t0 = performance.now();
    const tab = browser
      .newContext({ viewport: { width: 1280, height: 800 } })
      .then(async (context) => ({ context, page: await context.newPage() }));
    host = spawnHost(hostEntry, { archiveDir, userDataDir, rendererDir });
    const url = await host.url;
    const { page, context } = await tab;
    await page.goto(url);
    await FIRST_ROW_PAINTED(page);
    const totalMs = performance.now() - t0;
    const hostMs = (await host.open) - t0;
    await context.close();
    return { totalMs, hostMs, afterHostMs: totalMs - hostMs };
  } finally {
    await host?.stop();
    await browser.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/**
 * The same with the host started inside this (tsx) process, as this bench measured before the
 * built host: its TypeScript is transpiled on the timed path, which the app never does.
 */
export async function firstPaintInProcess(
  archiveDir: string,
  rendererDir: string,
): Promise<FirstPaint> {
  const browser = await launchChromium();
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-bench-user-'));
  let host: Host | null = null;
  try {
    const t0 = performance.now();
    const tab = browser
      .newContext({ viewport: { width: 1280, height: 800 } })
      .then(async (context) => ({ context, page: await context.newPage() }));
    let navigation: Promise<unknown> = Promise.resolve();
    host = await startHost({
      archiveDir,
      userDataDir,
      rendererDir,
      version: 'bench',
      onListening: (url) => {
        navigation = tab.then(({ page }) => page.goto(url));
      },
    });
    const hostMs = performance.now() - t0;
    await navigation;
    const { page, context } = await tab;
    await FIRST_ROW_PAINTED(page);
    const totalMs = performance.now() - t0;
    await context.close();
    return { totalMs, hostMs, afterHostMs: totalMs - hostMs };
  } finally {
    await host?.close();
    await browser.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/** Scrolls through the whole list (steps, then jumps) and records the most list rows ever in the DOM. */
export async function scrollRows(
  archiveDir: string,
  rendererDir: string,
): Promise<{ total: number; maxRows: number; samples: number }> {
  const browser = await launchChromium();
  const session = await open(archiveDir, rendererDir, browser);
  try {
    const { page } = session;
    await page.goto(session.host.url);
    await page.locator(FIRST_ROW).first().waitFor();
    const total = await page.locator('.article-list__scroller').evaluate((el) => el.scrollHeight);
    const positions = [
      ...Array.from({ length: 150 }, (_, i) => i * 900),
      ...Array.from({ length: 50 }, (_, i) => Math.round(((i + 1) / 50) * total)),
    ];
    let maxRows = 0;
    for (const top of positions) {
      const rows = await page.evaluate(async (y) => {
        const scroller = document.querySelector<HTMLElement>('.article-list__scroller')!;
        scroller.scrollTop = y;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return document.querySelectorAll('.article-list__item').length;
      }, top);
      maxRows = Math.max(maxRows, rows);
    }
    const articles = Number(
      (await page.locator('.library-toolbar__count').textContent())?.replace(/\D/g, '') ?? 0,
    );
    return { total: articles, maxRows, samples: positions.length };
  } finally {
    await session.close();
    await browser.close();
  }
}

type FontTiming = { medianMs: number; maxMs: number; layoutMedianMs: number };

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A+ / A− alternately: from the click until style and layout reflect the new size. */
async function timeFontChanges(page: Page, rounds: number): Promise<FontTiming> {
  const full: number[] = [];
  const layout: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const selector = i % 2 === 0 ? '.font-size__button--larger' : '.font-size__button--smaller';
    full.push(
      await page.evaluate(
        (sel) =>
          new Promise<number>((resolve) => {
            const reader = document.querySelector<HTMLElement>('.reader')!;
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              observer.disconnect();
              void document.querySelector('.reader__scroll')!.scrollHeight;
              void document.querySelector('.reader__body p:last-child')!.getBoundingClientRect();
              resolve(performance.now() - t0);
            });
            observer.observe(reader, { attributes: true, attributeFilter: ['style'] });
            document.querySelector<HTMLButtonElement>(sel)!.click();
          }),
        selector,
      ),
    );
    layout.push(
      await page.evaluate(() => {
        const reader = document.querySelector<HTMLElement>('.reader')!;
        const size = Number.parseFloat(
          getComputedStyle(reader).getPropertyValue('--reader-font-size'),
        );
        const t0 = performance.now();
        reader.style.setProperty('--reader-font-size', `${size + 2}px`);
        void document.querySelector('.reader__scroll')!.scrollHeight;
        const elapsed = performance.now() - t0;
        reader.style.setProperty('--reader-font-size', `${size}px`);
        void document.querySelector('.reader__scroll')!.scrollHeight;
        return elapsed;
      }),
    );
    await page.waitForTimeout(250);
  }
  return { medianMs: median(full), maxMs: Math.max(...full), layoutMedianMs: median(layout) };
}

export async function fontChange(
  archiveDir: string,
  rendererDir: string,
  titles: string[],
): Promise<FontTiming[]> {
  const browser = await launchChromium();
  const session = await open(archiveDir, rendererDir, browser);
  try {
    const { page } = session;
    await page.goto(session.host.url);
    const timings: FontTiming[] = [];
    for (const title of titles) {
      await page.locator(FIRST_ROW, { hasText: title }).first().click();
      await page.locator('.reader__body p').first().waitFor();
      await page.waitForTimeout(500);
      await timeFontChanges(page, 3);
      timings.push(await timeFontChanges(page, 20));
      await page.getByRole('button', { name: /Về danh sách/ }).click();
      await page.locator(FIRST_ROW).first().waitFor();
    }
    return timings;
  } finally {
    await session.close();
    await browser.close();
  }
}
