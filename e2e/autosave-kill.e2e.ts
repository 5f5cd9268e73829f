import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../test-support/temp-folder';
import { ReportsPage } from './pages/reports-page';
import { launchChromium } from './support/browser';
import { startHostProcess, type HostProcess } from './support/host-process';

/** How long typing goes on before the host is killed, and the promise under test. */
const TYPE_BEFORE_KILL_MS = 6000;
const LOSS_WINDOW_MS = 1000;

describe('a power cut while typing loses at most the last second', () => {
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  let browser: Browser;
  let host: HostProcess | undefined;
  beforeAll(async () => {
    folder = await makeTempFolder('kho-tin-kill-');
    browser = await launchChromium();
  });
  afterAll(async () => {
    host?.kill();
    await browser?.close();
    await folder?.remove();
  });

  it(
    'finds every word typed more than a second before SIGKILL after the host restarts',
    { timeout: 180_000 },
    async () => {
      const folders = {
        archiveDir: path.join(folder.dir, 'archive'),
        userDataDir: path.join(folder.dir, 'user-data'),
      };
      host = await startHostProcess(folders);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(host.url);
      const reports = new ReportsPage(page);
      await reports.open();
      await reports.create();
      await reports.editor().click();

      // A steady typist: one word after another, each key 20 ms apart, until the host dies.
      const typed: { word: string; at: number }[] = [];
      const started = Date.now();
      let killedAt: number | null = null;
      for (let n = 1; killedAt === null || Date.now() - killedAt < 500; n++) {
        const word = `từ${n}`;
        await page.keyboard.type(`${word} `, { delay: 20 });
        typed.push({ word, at: Date.now() });
        if (killedAt === null && Date.now() - started > TYPE_BEFORE_KILL_MS) {
          host.kill();
          killedAt = Date.now();
          await host.exited;
        }
      }
      await page.close();

      host = await startHostProcess(folders);
      const after = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await after.goto(host.url);
      const reopened = new ReportsPage(after);
      await reopened.open();
      await reopened.rows().first().getByRole('button').first().click();
      await reopened.editor().waitFor();
      const saved = new Set((await reopened.editor().textContent())!.split(/\s+/));

      const mustSurvive = typed.filter((entry) => entry.at < killedAt! - LOSS_WINDOW_MS);
      const lastSecond = typed.filter((entry) => entry.at >= killedAt! - LOSS_WINDOW_MS);
      // The kill landed mid-typing: words were still coming in its last second.
      expect(lastSecond.length).toBeGreaterThan(0);
      expect(mustSurvive.length).toBeGreaterThan(10);
      expect(mustSurvive.filter((entry) => !saved.has(entry.word)).map((e) => e.word)).toEqual([]);
    },
  );
});
