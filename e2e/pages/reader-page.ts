import type { Page } from 'playwright-core';

/** The reading view: the article, its toolbar, the font size control, find and the dialogs. */
export class ReaderPage {
  constructor(private readonly page: Page) {}

  title() {
    return this.page.locator('.reader__title');
  }

  body() {
    return this.page.locator('.reader__body');
  }

  scroller() {
    return this.page.locator('.reader__scroll');
  }

  async waitForArticle(title?: string) {
    if (title) await this.title().filter({ hasText: title }).waitFor();
    else await this.title().waitFor();
  }

  larger() {
    return this.page.getByRole('button', { name: /Tăng cỡ chữ|Larger text/ });
  }

  smaller() {
    return this.page.getByRole('button', { name: /Giảm cỡ chữ|Smaller text/ });
  }

  sizeShown() {
    return this.page.locator('.font-size__value');
  }

  async bodyFontSize(): Promise<number> {
    return this.body().evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
  }

  /** Scrolls so that a body paragraph as far down as the view can scroll to starts exactly at the top of the view. */
  async scrollParagraphToTop(): Promise<void> {
    await this.page.evaluate(async () => {
      const scroller = document.querySelector<HTMLElement>('.reader__scroll')!;
      const top = () => scroller.getBoundingClientRect().top;
      const paragraphs = Array.from(document.querySelectorAll('.reader__body p'));
      const distance = (p: Element) => p.getBoundingClientRect().top - top() + scroller.scrollTop;
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
      // Long articles lay out off-screen paragraphs lazily (content-visibility), so the first
      // jump lands near the paragraph with estimated heights above it; a few more settle it.
      for (let attempt = 0; attempt < 5; attempt++) {
        const maxScroll = scroller.scrollHeight - scroller.clientHeight;
        const target = paragraphs.filter((p) => distance(p) <= maxScroll).at(-1) ?? paragraphs[0]!;
        scroller.scrollTop = distance(target);
        await frame();
        await frame();
        if (Math.abs(target.getBoundingClientRect().top - top()) < 1) break;
      }
    });
  }

  /** The body paragraph at the top of the view and how far its top is from the view's top. */
  async topParagraph(): Promise<{ index: number; offset: number; text: string }> {
    return this.page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('.reader__scroll')!;
      const top = scroller.getBoundingClientRect().top;
      const paragraphs = Array.from(document.querySelectorAll('.reader__body p'));
      const index = paragraphs.findIndex((p) => p.getBoundingClientRect().bottom > top + 1);
      const paragraph = paragraphs[index]!;
      return {
        index,
        offset: paragraph.getBoundingClientRect().top - top,
        text: paragraph.textContent!.slice(0, 40),
      };
    });
  }

  async openAppearance() {
    await this.page.getByRole('button', { name: /Tùy chỉnh hiển thị|Display options/ }).click();
  }

  async chooseTheme(label: string) {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async back() {
    await this.page.getByRole('button', { name: /Về danh sách|Back to the list/ }).click();
  }

  async delete() {
    await this.page
      .getByRole('toolbar')
      .getByRole('button', { name: /Xóa bài|^Delete$/ })
      .click();
  }

  findBox() {
    return this.page.getByRole('searchbox', { name: /Tìm trong bài|Find in article/ });
  }

  findCount() {
    return this.page.locator('.find-bar__count');
  }

  marks() {
    return this.page.locator('.reader__article mark.find-match');
  }
}
