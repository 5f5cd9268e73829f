import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReportDoc } from '../bench/generator/report-doc';
import type { DocNode } from '../shared/report/document';
import { LongReportPage } from './pages/long-report-page';
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
 * content-visibility: auto) and leaves those far from it out of layout (its block window): what
 * the page view measures, where blocks are drawn, where the arrow keys and Unikey go and what
 * find reaches must be the same as with every block drawn.
 */
describe('a 50-page report drawn only where it is on screen', () => {
  let app: AppHarness;
  let editor: ReportTypingPage;
  let report: LongReportPage;
  let keyboard: VietnameseKeyboard;

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1400, height: 900 } });
    editor = new ReportTypingPage(app.page);
    report = new LongReportPage(app.page, editor);
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

  /** The window is in place: the blocks far from the screen are left out of layout. */
  const windowOn = () => expect.poll(() => report.windowed(), { timeout: 20_000 }).toBe(true);

  /** The blocks laid out now sit where they do with every block drawn (within half a pixel). */
  async function expectPlacedAsAllDrawn() {
    await report.settleGuides();
    const windowed = await report.drawnTops();
    await report.drawAll(true);
    const drawn = new Map(await report.drawnTops());
    await report.drawAll(false);
    expect(windowed.length).toBeGreaterThan(5);
    for (const [i, top] of windowed) expect(Math.abs(top - drawn.get(i)!)).toBeLessThan(0.5);
  }

  /**
   * What `act` gives with the far blocks left out, which must be what it gives with every block
   * drawn (the window back in place first: an undo of many blocks redraws them all for a while).
   */
  async function sameAsAllDrawn<T>(act: () => Promise<T>): Promise<T> {
    const windowed = await act();
    await windowOn();
    await report.drawAll(true);
    const drawn = await act();
    await report.drawAll(false);
    expect(windowed).toEqual(drawn);
    return windowed;
  }

  /** The guides measured after an Enter at the top, with far blocks skipped, then all drawn. */
  async function guidesBothWays(): Promise<{ skipped: string[]; drawn: string[] }> {
    await report.clickBlock(await report.firstText(), { position: { x: 2, y: 4 } });
    await app.page.keyboard.press('Enter');
    await report.settleGuides();
    expect(await report.skippedBlocks()).toBeGreaterThan(100);
    const skipped = await report.guides();
    await report.drawAll(true);
    await app.page.keyboard.press('Backspace');
    await app.page.keyboard.press('Enter');
    await report.settleGuides();
    expect(await report.skippedBlocks()).toBe(0);
    const drawn = await report.guides();
    await report.drawAll(false);
    await app.page.keyboard.press('Backspace');
    return { skipped, drawn };
  }

  it('lays out only the blocks near the screen, each where it is with every block drawn', async () => {
    await windowOn();
    for (const mark of MARKS) {
      await report.clickBlock(mark);
      await report.settleGuides();
      expect(await report.laidOutBlocks()).toBeLessThan(80);
      await expectPlacedAsAllDrawn();
    }
  }, 60_000);

  it('arrow keys walk through the blocks left out as through drawn ones', async () => {
    await windowOn();
    const walk = async () => {
      await report.clickBlock(MARKS[0]!);
      await app.page.keyboard.press('Home');
      for (let i = 0; i < 150; i++) await app.page.keyboard.press('ArrowDown');
      for (let i = 0; i < 40; i++) await app.page.keyboard.press('ArrowUp');
      return report.caret();
    };
    await sameAsAllDrawn(walk);
  }, 60_000);

  it('arrow keys from a caret left far off screen go where they go with all drawn', async () => {
    await windowOn();
    const walk = async () => {
      await report.clickBlock(MARKS[2]!);
      await app.page.keyboard.press('End');
      // Read back at the top: the caret stays in the mark, fifty pages down.
      await report.scrollTo(await report.firstText());
      await app.page.keyboard.press('ArrowDown');
      await app.page.keyboard.press('ArrowDown');
      return report.caret();
    };
    await sameAsAllDrawn(walk);
  }, 60_000);

  it('a selection Shift+clicked screens away deletes what it does with all drawn', async () => {
    await windowOn();
    const before = await editor.blocks();
    // A paragraph some forty blocks (four screens) below the mark: the selection's start is
    // left far behind when the report is scrolled there.
    const far = await editor.doc().evaluate((doc, mark) => {
      const blocks = [...doc.children];
      const from = blocks.findIndex((block) => block.textContent === mark);
      return blocks.slice(from + 40).find((block) => block.tagName === 'P')!.textContent!;
    }, MARKS[1]!);
    const cut = async () => {
      await report.clickBlock(MARKS[1]!);
      await app.page.keyboard.press('End');
      await report.scrollTo(far);
      await editor
        .doc()
        .locator(':scope > p', { hasText: far })
        .click({ modifiers: ['Shift'] });
      await app.page.keyboard.press('Backspace');
      await editor.settle();
      const after = await editor.blocks();
      await app.page.keyboard.press('Control+z');
      await editor.settle();
      expect(await editor.blocks()).toEqual(before);
      return after;
    };
    const windowed = await sameAsAllDrawn(cut);
    expect(windowed.join('').length).toBeLessThan(before.join('').length - 5000);
  }, 60_000);

  it('puts the page guides at the same places as with every block drawn', async () => {
    await windowOn();
    const { skipped, drawn } = await guidesBothWays();
    expect(drawn.length).toBeGreaterThan(40);
    expect(skipped).toEqual(drawn);
  }, 60_000);

  it('after a zoom, keeps the page count and the guides within 2 px', async () => {
    const zoom = app.page.getByRole('slider');
    await report.setZoom(150);
    await expect.poll(() => zoom.inputValue()).toBe('150');
    await expect.poll(() => report.deferred(), { timeout: 20_000 }).toBe(true);
    await windowOn();
    expect(await report.laidOutBlocks()).toBeLessThan(80);
    const { skipped, drawn } = await guidesBothWays();
    expect(skipped.length).toBe(drawn.length);
    // Sizes remembered at 150 % are rounded to Chromium's layout units: 2 px at most over 50 pages.
    const px = (top: string) => Number(/([\d.]+)px\)$/.exec(top)?.[1]);
    skipped.forEach((top, i) => expect(Math.abs(px(top) - px(drawn[i]!))).toBeLessThanOrEqual(2));
    await report.setZoom(100);
    await expect.poll(() => zoom.inputValue()).toBe('100');
  }, 60_000);

  it('a Unikey burst typed far down lands in order, after a click and after Ctrl+End', async () => {
    for (const mark of MARKS) {
      await report.clickBlock(mark);
      await app.page.keyboard.press('End');
      await keyboard.unikey(' Cộng hoà Xã hội\nĐộc lập');
      await editor.settle();
      const blocks = await editor.blocks();
      const at = blocks.indexOf(`${mark} Cộng hoà Xã hội`);
      expect(at).toBeGreaterThan(0);
      expect(blocks[at + 1]).toBe('Độc lập');
    }
    await report.clickBlock(await report.firstText());
    await app.page.keyboard.press('Control+End');
    await keyboard.unikey(' Người được giao\nĐổi mới');
    await editor.settle();
    expect((await editor.blocks()).slice(-2)).toEqual([`${LAST} Người được giao`, 'Đổi mới']);
  }, 60_000);

  it('find reaches the last block and brings it on screen, drawn', async () => {
    await report.clickBlock(await report.firstText());
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
  // Last: it opens another report.
  it('pictures that load after the window is in place move what is below them, as drawn', async () => {
    // A 480×360 PNG, served for every picture once the window has measured the report without.
    const png = await app.page.evaluate(async () => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 480, height: 360 });
      canvas.getContext('2d')!.fillRect(0, 0, 40, 40);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!)));
      return [...new Uint8Array(await blob.arrayBuffer())];
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await app.page.route('**/media/**', async (route) => {
      await released;
      await route.fulfill({ contentType: 'image/png', body: Buffer.from(png) });
    });
    const title = 'Báo cáo có ảnh';
    await app.host.services.reports.create({
      title,
      content: generateReportDoc({ pages: 50, images: 8, seed: 11 }),
    });
    await app.page.reload();
    await editor.reports.open();
    await editor.reports.openReport(title);
    await windowOn();
    expect(await report.laidOutBlocks()).toBeLessThan(80);
    release();
    await expect
      .poll(() =>
        editor
          .doc()
          .locator('img')
          .evaluateAll((images) =>
            images.every((img) => (img as HTMLImageElement).naturalWidth === 480),
          ),
      )
      .toBe(true);
    for (const at of [0.35, 0.7, 0.95]) {
      await app.page
        .locator('.report-editor__scroll')
        .evaluate((scroller, at) => (scroller.scrollTop = scroller.scrollHeight * at), at);
      await expectPlacedAsAllDrawn();
    }
  }, 60_000);
});
