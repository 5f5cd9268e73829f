import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReportDoc } from '../bench/generator/report-doc';
import type { DocNode } from '../shared/report/document';
import { ReportTypingPage } from './pages/report-typing-page';
import { launchApp, type AppHarness } from './support/app-harness';
import { VietnameseKeyboard } from './support/vietnamese-keyboard';

/** Short one-line paragraphs spread through the second half, for typing far down. */
const MARKS = ['Mốc một.', 'Mốc hai.', 'Mốc ba.', 'Mốc bốn.'];
const LAST = 'Kết thúc báo cáo: tổng hợp xong.';

function longReport(): DocNode {
  const doc = generateReportDoc({ pages: 50, images: 0 });
  const blocks = [...(doc.content ?? [])];
  MARKS.forEach((text, i) => {
    const at = Math.floor((blocks.length * (5 + i)) / 10);
    blocks.splice(at, 0, { type: 'paragraph', content: [{ type: 'text', text }] });
  });
  blocks.push({ type: 'paragraph', content: [{ type: 'text', text: LAST }] });
  return { type: 'doc', content: blocks };
}

/**
 * A 50-page report skips layout and paint of the blocks off screen (DeferredPaint,
 * content-visibility: auto): what the page view measures, what Unikey types and what find
 * reaches must be the same as with every block drawn.
 */
describe('a 50-page report drawn only where it is on screen', () => {
  let app: AppHarness;
  let editor: ReportTypingPage;
  let keyboard: VietnameseKeyboard;

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1400, height: 900 } });
    editor = new ReportTypingPage(app.page);
    await editor.reports.open();
    await app.host.services.reports.create({ title: 'Báo cáo 50 trang', content: longReport() });
    await app.page.reload();
    await editor.reports.open();
    await editor.reports.openReport('Báo cáo 50 trang');
    keyboard = await VietnameseKeyboard.attach(app.page);
    await app.page.waitForFunction(
      () => document.querySelector('.report-editor')?.hasAttribute('data-deferred-paint'),
      null,
      { timeout: 20_000 },
    );
  }, 90_000);
  afterAll(() => app?.close());

  const deferred = () =>
    app.page.evaluate(
      () => document.querySelector('.report-editor')?.hasAttribute('data-deferred-paint') ?? false,
    );

  /** Top-level blocks whose contents are skipped now (their first element is not rendered). */
  const skippedBlocks = () =>
    app.page.evaluate(
      () =>
        [...document.querySelectorAll('.report-doc > *')].filter(
          (block) =>
            block.firstElementChild &&
            !block.firstElementChild.checkVisibility({ contentVisibilityAuto: true }),
        ).length,
    );

  const guides = () =>
    app.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.page-view__guide')].map((g) => g.style.top),
    );

  /** After the page guides' own idle-time measure of the last change, and its render. */
  const settleGuides = () =>
    app.page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      await frame();
      await frame();
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      await frame();
      await frame();
    });

  /** The zoom slider moved to a value in one go (arrow keys race the settings store's update). */
  const setZoom = (percent: number) =>
    app.page.getByRole('slider').evaluate((input: HTMLInputElement, value) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
        input,
        String(value),
      );
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, percent);

  /** Every block drawn, as without DeferredPaint: the reference the skipped layout must match. */
  const drawAll = (on: boolean) =>
    app.page.evaluate((on) => {
      document.getElementById('draw-all')?.remove();
      if (!on) return;
      const style = document.createElement('style');
      style.id = 'draw-all';
      style.textContent = '.report-doc > * { content-visibility: visible !important; }';
      document.head.append(style);
    }, on);

  /** The guides measured after an Enter at the top, with far blocks skipped, then all drawn. */
  async function guidesBothWays(): Promise<{ skipped: string[]; drawn: string[] }> {
    await editor
      .doc()
      .locator('p')
      .first()
      .click({ position: { x: 2, y: 4 } });
    await app.page.keyboard.press('Enter');
    await settleGuides();
    expect(await skippedBlocks()).toBeGreaterThan(100);
    const skipped = await guides();
    await drawAll(true);
    await app.page.keyboard.press('Backspace');
    await app.page.keyboard.press('Enter');
    await settleGuides();
    expect(await skippedBlocks()).toBe(0);
    const drawn = await guides();
    await drawAll(false);
    await app.page.keyboard.press('Backspace');
    return { skipped, drawn };
  }

  it('puts the page guides at the same places as with every block drawn', async () => {
    const { skipped, drawn } = await guidesBothWays();
    expect(drawn.length).toBeGreaterThan(40);
    expect(skipped).toEqual(drawn);
  }, 60_000);

  it('after a zoom, keeps the page count and the guides within 2 px', async () => {
    const zoom = app.page.getByRole('slider');
    await setZoom(150);
    await expect.poll(() => zoom.inputValue()).toBe('150');
    await expect.poll(() => deferred(), { timeout: 20_000 }).toBe(true);
    const { skipped, drawn } = await guidesBothWays();
    expect(skipped.length).toBe(drawn.length);
    // Sizes remembered at 150 % are rounded to Chromium's layout units: 2 px at most over 50 pages.
    const px = (top: string) => Number(/([\d.]+)px\)$/.exec(top)?.[1]);
    skipped.forEach((top, i) => expect(Math.abs(px(top) - px(drawn[i]!))).toBeLessThanOrEqual(2));
    await setZoom(100);
    await expect.poll(() => zoom.inputValue()).toBe('100');
  }, 60_000);

  it('a Unikey burst typed far down lands in order, after a click and after Ctrl+End', async () => {
    for (const mark of MARKS) {
      await editor.doc().locator('p', { hasText: mark }).click();
      await app.page.keyboard.press('End');
      await keyboard.unikey(' Cộng hoà Xã hội\nĐộc lập');
      await editor.settle();
      const blocks = await editor.blocks();
      const at = blocks.indexOf(`${mark} Cộng hoà Xã hội`);
      expect(at).toBeGreaterThan(0);
      expect(blocks[at + 1]).toBe('Độc lập');
    }
    await editor.doc().locator('p').first().click();
    await app.page.keyboard.press('Control+End');
    await keyboard.unikey(' Người được giao\nĐổi mới');
    await editor.settle();
    expect((await editor.blocks()).slice(-2)).toEqual([`${LAST} Người được giao`, 'Đổi mới']);
  }, 60_000);

  it('find reaches the last block and brings it on screen, drawn', async () => {
    await editor.doc().locator('p').first().click();
    await app.page.keyboard.press('Control+f');
    const search = app.page.getByRole('searchbox', { name: 'Tìm trong báo cáo' });
    await search.fill('tổng hợp xong');
    await expect.poll(() => app.page.getByTestId('find-count').textContent()).toBe('1/1');
    await search.press('Enter');
    const match = editor.doc().locator('.find-match--current');
    await expect
      .poll(() => match.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true })))
      .toBe(true);
    const box = await match.boundingBox();
    expect(box && box.y > 300 && box.y < 900).toBe(true);
    await app.page.keyboard.press('Escape');
  });
});
