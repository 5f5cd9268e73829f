import type { Browser } from 'playwright-core';
import { AppError } from '../../../shared/errors';
import { findChromium } from './chromium-path';

/** Turns the print HTML into PDF bytes: Chromium here, Electron's printToPDF in the app. */
export type PdfRenderer = ((html: string) => Promise<Uint8Array>) & {
  /** Stops a browser kept for the next export (the CLI calls it before exiting). */
  close?(): Promise<void>;
};

/** A launched Chromium is kept this long after an export, so a second export skips the launch. */
export const IDLE_CLOSE_MS = 60_000;

/**
 * The loopback host's and the CLI's renderer: the same HTML and CSS printed by a Chromium
 * present on the machine, so the pages match the app's. The CSS sets the page (@page) and
 * the page numbers; fonts are embedded by Chromium. Each export gets its own context with
 * scripts off and the network offline.
 */
export function chromiumPdfRenderer(
  executablePath: () => string | null = () => findChromium(),
): PdfRenderer {
  let browser: Promise<Browser> | null = null;
  let idle: NodeJS.Timeout | null = null;

  const launch = (): Promise<Browser> => {
    const executable = executablePath();
    if (!executable) {
      throw new AppError(
        'pdf-unavailable',
        process.env.CHROMIUM_PATH
          ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`
          : 'no Chromium, Chrome or Edge found; set CHROMIUM_PATH to one',
      );
    }
    // Loaded on the first export, not at start-up (playwright-core alone takes 0.5–1.4 s to load).
    const started = import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath: executable, headless: true }),
    );
    started.then(
      (b) =>
        b.on('disconnected', () => {
          if (browser === started) browser = null;
        }),
      () => {
        if (browser === started) browser = null;
      },
    );
    return started;
  };

  const close = async () => {
    if (idle) clearTimeout(idle);
    idle = null;
    const current = browser;
    browser = null;
    if (current) await (await current.catch(() => null))?.close();
  };

  const render: PdfRenderer = async (html) => {
    if (idle) clearTimeout(idle);
    browser ??= launch();
    const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    } finally {
      await context.close();
      idle = setTimeout(() => void close(), IDLE_CLOSE_MS);
      idle.unref();
    }
  };
  render.close = close;
  return render;
}
