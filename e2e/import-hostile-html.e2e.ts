import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../main/services/event-bus';
import { ImportService } from '../main/services/import/import-service';
import { JobRunner } from '../main/services/jobs';
import { createTestArchive, type TestArchive } from '../test-support/create-test-archive';
import { importFixture } from '../test-support/fixtures/import/paths';
import { launchChromium } from './support/browser';

/** Renders HTML in a blank page with no CSP, so only the content itself decides what runs. */
async function render(page: Page, bodyHtml: string): Promise<{ ran: unknown; requests: string[] }> {
  const requests: string[] = [];
  const onRequest = (request: { url(): string }) => {
    if (request.url() !== 'about:blank') requests.push(request.url());
  };
  page.on('request', onRequest);
  await page.setContent(
    `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${bodyHtml}</body></html>`,
    { waitUntil: 'load' },
  );
  await page.waitForLoadState('networkidle');
  const canary = () =>
    page
      .evaluate(() => (window as unknown as { __ran?: unknown }).__ran)
      .catch(() => 'navigated-away');
  const ranOnLoad = await canary();
  // Hover and click everything a reader could, except ordinary web links (the app opens those outside, after asking).
  for (const element of await page.$$('body *:not(a[href^="http"])')) {
    await element.hover({ timeout: 200 }).catch(() => undefined);
    await element.click({ timeout: 200, noWaitAfter: true }).catch(() => undefined);
  }
  await page.waitForLoadState('networkidle');
  const ran = ranOnLoad ?? (await canary());
  page.off('request', onRequest);
  return { ran, requests };
}

describe('a hostile web page, imported and then shown in Chromium', () => {
  let browser: Browser;
  let archive: TestArchive;
  beforeAll(async () => {
    browser = await launchChromium();
    archive = await createTestArchive();
  });
  afterAll(async () => {
    await browser?.close();
    await archive?.cleanup();
  });

  it('the raw page does run scripts and make requests (the check can fail)', async () => {
    const page = await browser.newPage();
    const raw = await readFile(importFixture('hostile.html'), 'utf8');
    const body = raw.slice(raw.indexOf('<body'), raw.lastIndexOf('</body>'));
    const { ran, requests } = await render(
      page,
      `${raw.slice(raw.indexOf('<style>'), raw.indexOf('</style>') + 8)}${body}`,
    );
    expect(ran).toBeDefined();
    expect(requests.length).toBeGreaterThan(0);
    await page.close();
  });

  it('the stored article runs no script and requests nothing', async () => {
    const service = new ImportService({
      archive: archive.archive,
      jobs: new JobRunner(new EventBus()),
    });
    const { done } = service.start({
      files: [{ key: 'h', source: { kind: 'path', path: importFixture('hostile.html') } }],
      duplicateMode: 'keep',
    });
    const report = await done;
    expect(report.rows[0]).toMatchObject({
      outcome: 'imported',
      title: 'Thông báo lịch tiếp công dân tháng 12',
    });
    const article = await archive.archive.getArticle(report.rows[0].articleId!);
    const stored = article.body!.html;
    expect(stored).toContain('Ủy ban nhân dân tỉnh thông báo lịch tiếp công dân');

    const page = await browser.newPage();
    const { ran, requests } = await render(page, stored);
    expect(ran).toBeUndefined();
    expect(requests).toEqual([]);
    expect(await page.textContent('body')).toContain(
      'Người dân đến làm việc mang theo giấy tờ tùy thân.',
    );
    await page.close();
  });
});
