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
 * content-visibility: auto) and leaves those far from it out of layout (its block window): what
 * the page view measures, where blocks are drawn, where the arrow keys and Unikey go and what
 * find reaches must be the same as with every block drawn.
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

  /**
   * Every block drawn, as without DeferredPaint: the reference the skipped layout must match.
   * The block window's sheet applies only while the editor is marked with it; unmarked, every
   * block is laid out and measured as it is.
   */
  const drawAll = (on: boolean) =>
    app.page.evaluate((on) => {
      const host = document.querySelector<HTMLElement>('.report-editor')!;
      document.getElementById('draw-all')?.remove();
      if (!on) {
        if (host.dataset.heldWindow) host.dataset.blockWindow = host.dataset.heldWindow;
        delete host.dataset.heldWindow;
        return;
      }
      if (host.dataset.blockWindow) host.dataset.heldWindow = host.dataset.blockWindow;
      delete host.dataset.blockWindow;
      const style = document.createElement('style');
      style.id = 'draw-all';
      style.textContent = '.report-doc > * { content-visibility: visible !important; }';
      document.head.append(style);
    }, on);

  /** The window is in place: the blocks far from the screen are left out of layout. */
  const windowOn = () =>
    expect
      .poll(
        () =>
          app.page.evaluate(
            () =>
              document
                .querySelector('.report-editor[data-deferred-paint]')
                ?.hasAttribute('data-block-window') ?? false,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);

  /** Top-level blocks that have a box at all (not left out of layout). */
  const laidOutBlocks = () =>
    app.page.evaluate(
      () =>
        [...document.querySelectorAll('.report-doc > *')].filter(
          (block) => block.getClientRects().length > 0,
        ).length,
    );

  /**
   * The tops of the blocks laid out now, by index, from the sheet's top (not the empty boxes
   * standing in for runs of blocks left out).
   */
  const drawnTops = () =>
    app.page.evaluate(() => {
      const sheet = document.querySelector('.page-view__sheet')!.getBoundingClientRect().top;
      const tops: [number, number][] = [];
      document.querySelectorAll('.report-doc > *').forEach((block, i) => {
        if (
          block.getClientRects().length > 0 &&
          getComputedStyle(block).contentVisibility !== 'hidden'
        )
          tops.push([i, block.getBoundingClientRect().top - sheet]);
      });
      return tops;
    });

  /** Where the caret is: its block's index, the text of its node and the offset in it. */
  const caret = () =>
    app.page.evaluate(() => {
      const selection = getSelection()!;
      const node = selection.focusNode!;
      const element = node instanceof Element ? node : node.parentElement!;
      const block = element.closest('.report-doc > *')!;
      return {
        block: [...block.parentElement!.children].indexOf(block),
        text: node.textContent,
        offset: selection.focusOffset,
      };
    });

  /**
   * Scrolls with the mouse wheel, as a user does, until the block holding `text` is on screen:
   * the blocks far from the screen are drawn only once the screen comes near them.
   */
  async function scrollTo(text: string) {
    const box = (await app.page.locator('.report-editor__scroll').boundingBox())!;
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let step = 0; step < 300; step++) {
      const where = await app.page.evaluate((text) => {
        // Laid out, and not the empty box standing in for a run of blocks left out.
        const drawn = (block: Element) =>
          block.getClientRects().length > 0 &&
          getComputedStyle(block).contentVisibility !== 'hidden';
        const blocks = [...document.querySelectorAll('.report-doc > *')];
        const target = blocks.findIndex((block) => block.textContent?.includes(text));
        const screen = document.querySelector('.report-editor__scroll')!.getBoundingClientRect();
        const block = blocks[target]!;
        if (drawn(block)) {
          const { top, bottom } = block.getBoundingClientRect();
          if (top >= screen.top + 40 && bottom <= screen.bottom - 40) return 0;
          return top < screen.top + 40 ? -300 : 300;
        }
        const shown = blocks.findIndex(
          (other) => drawn(other) && other.getBoundingClientRect().bottom > screen.top,
        );
        return target < shown ? -1500 : 1500;
      }, text);
      if (where === 0) return;
      await app.page.mouse.wheel(0, where);
      await app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    throw new Error(`"${text}" never came on screen`);
  }

  /** Scrolls to the block holding `text` and clicks it. */
  async function clickBlock(text: string, options?: { position: { x: number; y: number } }) {
    await scrollTo(text);
    await editor.doc().locator(':scope > *', { hasText: text }).first().click(options);
  }

  /** The text of the report's first paragraph. */
  const firstText = async () => (await editor.doc().locator('p').first().textContent())!;

  /** The guides measured after an Enter at the top, with far blocks skipped, then all drawn. */
  async function guidesBothWays(): Promise<{ skipped: string[]; drawn: string[] }> {
    await clickBlock(await firstText(), { position: { x: 2, y: 4 } });
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

  it('lays out only the blocks near the screen, each where it is with every block drawn', async () => {
    await windowOn();
    for (const mark of MARKS) {
      await clickBlock(mark);
      await settleGuides();
      expect(await laidOutBlocks()).toBeLessThan(80);
      const windowed = await drawnTops();
      await drawAll(true);
      const drawn = new Map(await drawnTops());
      await drawAll(false);
      expect(windowed.length).toBeGreaterThan(5);
      for (const [i, top] of windowed) expect(Math.abs(top - drawn.get(i)!)).toBeLessThan(0.5);
    }
  }, 60_000);

  it('arrow keys walk through the blocks left out as through drawn ones', async () => {
    await windowOn();
    const walk = async () => {
      await clickBlock(MARKS[0]!);
      await app.page.keyboard.press('Home');
      for (let i = 0; i < 150; i++) await app.page.keyboard.press('ArrowDown');
      for (let i = 0; i < 40; i++) await app.page.keyboard.press('ArrowUp');
      return caret();
    };
    const windowed = await walk();
    await drawAll(true);
    const drawn = await walk();
    await drawAll(false);
    expect(windowed).toEqual(drawn);
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
      await clickBlock(MARKS[1]!);
      await app.page.keyboard.press('End');
      await scrollTo(far);
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
    const windowed = await cut();
    await windowOn();
    await drawAll(true);
    const drawn = await cut();
    await drawAll(false);
    expect(windowed.join('').length).toBeLessThan(before.join('').length - 5000);
    expect(windowed).toEqual(drawn);
  }, 60_000);

  it('puts the page guides at the same places as with every block drawn', async () => {
    await windowOn();
    const { skipped, drawn } = await guidesBothWays();
    expect(drawn.length).toBeGreaterThan(40);
    expect(skipped).toEqual(drawn);
  }, 60_000);

  it('after a zoom, keeps the page count and the guides within 2 px', async () => {
    const zoom = app.page.getByRole('slider');
    await setZoom(150);
    await expect.poll(() => zoom.inputValue()).toBe('150');
    await expect.poll(() => deferred(), { timeout: 20_000 }).toBe(true);
    await windowOn();
    expect(await laidOutBlocks()).toBeLessThan(80);
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
      await clickBlock(mark);
      await app.page.keyboard.press('End');
      await keyboard.unikey(' Cộng hoà Xã hội\nĐộc lập');
      await editor.settle();
      const blocks = await editor.blocks();
      const at = blocks.indexOf(`${mark} Cộng hoà Xã hội`);
      expect(at).toBeGreaterThan(0);
      expect(blocks[at + 1]).toBe('Độc lập');
    }
    await clickBlock(await firstText());
    await app.page.keyboard.press('Control+End');
    await keyboard.unikey(' Người được giao\nĐổi mới');
    await editor.settle();
    expect((await editor.blocks()).slice(-2)).toEqual([`${LAST} Người được giao`, 'Đổi mới']);
  }, 60_000);

  it('find reaches the last block and brings it on screen, drawn', async () => {
    await clickBlock(await firstText());
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
    expect(await laidOutBlocks()).toBeLessThan(80);
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
      await settleGuides();
      const windowed = await drawnTops();
      await drawAll(true);
      const drawn = new Map(await drawnTops());
      await drawAll(false);
      expect(windowed.length).toBeGreaterThan(5);
      for (const [i, top] of windowed) expect(Math.abs(top - drawn.get(i)!)).toBeLessThan(0.5);
    }
  }, 60_000);
});
