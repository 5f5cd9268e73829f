/**
 * Opening a report in the real app, through the loopback host over a temp archive: from the
 * click on its row in the Báo cáo list to the first paint of the editor showing it (the IPC
 * read, zod parse, React and ProseMirror, layout). Part of `npm run bench -- editor`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { startHost } from '../main/host/server';
import { rendererConfig } from '../renderer/vite.config';
import { makeTempFolder } from '../test-support/temp-folder';
import { generateReportDoc } from './generator/report-doc';

const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = path.join(here, '../out/renderer');

/**
 * Click → painted editor, measured in the page (none of the driver's round trips). A string, not
 * a function: tsx would wrap a function's inner arrows in a helper the page does not have.
 */
const OPEN_ONCE = `async (name) => {
  const button = [...document.querySelectorAll('.reports-table button')].find((b) => b.textContent === name);
  const started = performance.now();
  button.click();
  await new Promise((resolve) => {
    const check = () => (document.querySelector('.report-doc')?.textContent ? resolve() : requestAnimationFrame(check));
    check();
  });
  const painted = await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
  return painted - started;
}`;

function openOnce(page: Page, title: string): Promise<number> {
  return page.evaluate(`(${OPEN_ONCE})(${JSON.stringify(title)})`) as Promise<number>;
}

export async function measureAppOpen(
  browser: Browser,
  runs: number,
): Promise<{ small: number[]; large: number[] }> {
  await build({ ...rendererConfig, logLevel: 'warn' });
  const folder = await makeTempFolder('kho-tin-bench-editor-');
  const host = await startHost({
    archiveDir: path.join(folder.dir, 'archive'),
    userDataDir: path.join(folder.dir, 'user-data'),
    rendererDir: RENDERER_DIR,
    version: 'bench',
  });
  try {
    await host.services.reports.create({
      title: 'Một trang',
      content: generateReportDoc({ pages: 1 }),
    });
    await host.services.reports.create({
      title: 'Năm mươi trang',
      content: generateReportDoc({ pages: 50 }),
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Báo cáo' }).click();
    const result = { small: [] as number[], large: [] as number[] };
    // The first round warms the code paths up and is not counted.
    for (let round = 0; round <= runs; round++) {
      for (const [title, into] of [
        ['Một trang', result.small],
        ['Năm mươi trang', result.large],
      ] as const) {
        await page.locator('.reports-table').waitFor();
        const ms = await openOnce(page, title);
        if (round > 0) into.push(ms);
        await page
          .getByRole('button', { name: /Danh sách báo cáo/ })
          .first()
          .click();
      }
    }
    return result;
  } finally {
    await host.close();
    await folder.remove();
  }
}
