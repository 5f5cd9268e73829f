import { chromium } from 'playwright-core';
import { AppError } from '../../../shared/errors';
import { findChromium } from './chromium-path';

/** Turns the print HTML into PDF bytes: Chromium here, Electron's printToPDF in the app. */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;

/**
 * The loopback host's and the CLI's renderer: the same HTML and CSS printed by a Chromium
 * present on the machine, so the pages match the app's. The CSS sets the page (@page) and
 * the page numbers; fonts are embedded by Chromium.
 */
export function chromiumPdfRenderer(
  executablePath: () => string | null = () => findChromium(),
): PdfRenderer {
  return async (html) => {
    const executable = executablePath();
    if (!executable) {
      throw new AppError(
        'pdf-unavailable',
        process.env.CHROMIUM_PATH
          ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`
          : 'no Chromium, Chrome or Edge found; set CHROMIUM_PATH to one',
      );
    }
    const browser = await chromium.launch({ executablePath: executable, headless: true });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready).catch(() => undefined);
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    } finally {
      await browser.close();
    }
  };
}
