import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHost, type Host } from '../../main/host/server';
import { makeTempFolder } from '../../test-support/temp-folder';
import { launchChromium } from './browser';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = path.join(repoRoot, 'out/renderer');
/**
 * Where the specs save their screenshots. A test run leaves the tracked docs/screenshots/ alone
 * (`npm test` must not change the working tree); `npm run screenshots` (or UPDATE_SCREENSHOTS=1)
 * refreshes them on purpose.
 */
export const UPDATE_SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1' || process.env.npm_lifecycle_event === 'screenshots';
export const SCREENSHOT_DIR = UPDATE_SCREENSHOTS
  ? path.join(repoRoot, 'docs/screenshots')
  : path.join(repoRoot, 'test-results/screenshots');

export type AppHarness = {
  page: Page;
  host: Host;
  archiveDir: string;
  userDataDir: string;
  /** Stops the host and starts a new one over the same folders, as quitting and reopening the app does. */
  restart(): Promise<void>;
  close(): Promise<void>;
};

/**
 * The real app, end to end: the loopback host over fresh temp folders serving the built
 * renderer, and Debian's Chromium showing it. `prepare` runs on the folders before the host
 * starts (for example, to write an archive with fixtures into them).
 */
export async function launchApp(
  options: {
    prepare?: (folders: { archiveDir: string; userDataDir: string }) => Promise<void>;
    viewport?: { width: number; height: number };
  } = {},
): Promise<AppHarness> {
  const folder = await makeTempFolder('kho-tin-e2e-');
  const archiveDir = path.join(folder.dir, 'archive');
  const userDataDir = path.join(folder.dir, 'user-data');
  await options.prepare?.({ archiveDir, userDataDir });
  const browser: Browser = await launchChromium();
  let host = await startHost({
    archiveDir,
    userDataDir,
    rendererDir: RENDERER_DIR,
    version: 'e2e',
  });
  let context: BrowserContext = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const harness: AppHarness = {
    page: await context.newPage(),
    host,
    archiveDir,
    userDataDir,
    async restart() {
      await context.close();
      await host.close();
      host = await startHost({
        archiveDir,
        userDataDir,
        rendererDir: RENDERER_DIR,
        version: 'e2e',
      });
      context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 800 },
      });
      harness.host = host;
      harness.page = await context.newPage();
      await harness.page.goto(host.url);
    },
    async close() {
      await browser.close();
      await host.close();
      await folder.remove();
    },
  };
  await harness.page.goto(host.url);
  return harness;
}
