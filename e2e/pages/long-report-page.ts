import type { Page } from 'playwright-core';
import type { ReportTypingPage } from './report-typing-page';

/**
 * A long report in the page view, as DeferredPaint draws it: blocks off screen skipped
 * (content-visibility: auto), blocks far from the screen left out of layout (its block window),
 * and a switch to draw every block, the reference the rest must match.
 */
export class LongReportPage {
  constructor(
    private readonly page: Page,
    private readonly editor: ReportTypingPage,
  ) {}

  /** DeferredPaint's switch is on. */
  deferred() {
    return this.page.evaluate(
      () => document.querySelector('.report-editor')?.hasAttribute('data-deferred-paint') ?? false,
    );
  }

  /** The block window is in place: the blocks far from the screen are left out of layout. */
  windowed() {
    return this.page.evaluate(
      () =>
        document
          .querySelector('.report-editor[data-deferred-paint]')
          ?.hasAttribute('data-block-window') ?? false,
    );
  }

  /** Top-level blocks whose contents are skipped now (their first element is not rendered). */
  skippedBlocks() {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll('.report-doc > *')].filter(
          (block) =>
            block.firstElementChild &&
            !block.firstElementChild.checkVisibility({ contentVisibilityAuto: true }),
        ).length,
    );
  }

  /** Top-level blocks that have a box at all (not left out of layout). */
  laidOutBlocks() {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll('.report-doc > *')].filter(
          (block) => block.getClientRects().length > 0,
        ).length,
    );
  }

  /**
   * The tops of the blocks laid out now, by index, from the sheet's top (not the empty boxes
   * standing in for runs of blocks left out).
   */
  drawnTops() {
    return this.page.evaluate(() => {
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
  }

  guides() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.page-view__guide')].map((g) => g.style.top),
    );
  }

  /** After the page guides' own idle-time measure of the last change, and its render. */
  settleGuides() {
    return this.page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      await frame();
      await frame();
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      await frame();
      await frame();
    });
  }

  /** The zoom slider moved to a value in one go (arrow keys race the settings store's update). */
  setZoom(percent: number) {
    return this.page.getByRole('slider').evaluate((input: HTMLInputElement, value) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
        input,
        String(value),
      );
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, percent);
  }

  /**
   * Every block drawn, as without DeferredPaint: the reference the skipped layout must match.
   * The block window's sheet applies only while the editor is marked with it; unmarked, every
   * block is laid out and measured as it is.
   */
  drawAll(on: boolean) {
    return this.page.evaluate((on) => {
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
  }

  /** Where the caret is: its block's index, the text of its node and the offset in it. */
  caret() {
    return this.page.evaluate(() => {
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
  }

  /**
   * Scrolls with the mouse wheel, as a user does, until the block holding `text` is on screen:
   * the blocks far from the screen are drawn only once the screen comes near them.
   */
  async scrollTo(text: string) {
    const box = (await this.page.locator('.report-editor__scroll').boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let step = 0; step < 400; step++) {
      const where = await this.page.evaluate((text) => {
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
        // Less than a screen at a time, so the block cannot be stepped over.
        return target < shown ? -600 : 600;
      }, text);
      if (where === 0) return;
      await this.page.mouse.wheel(0, where);
      await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    throw new Error(`"${text}" never came on screen`);
  }

  /** Scrolls to the block holding `text` and clicks it. */
  async clickBlock(text: string, options?: { position: { x: number; y: number } }) {
    await this.scrollTo(text);
    await this.editor.doc().locator(':scope > *', { hasText: text }).first().click(options);
  }

  /** The text of the report's first paragraph. */
  async firstText() {
    return (await this.editor.doc().locator('p').first().textContent())!;
  }
}
