import type { Page } from 'playwright-core';

/** Quotes from the reader, citations in the editor, the "Tin bài" panel and the compile dialog. */
export class CitationsPage {
  constructor(private readonly page: Page) {}

  /** Selects `text` inside the reader's article body, as a mouse drag over it would. */
  async selectInArticle(text: string) {
    await this.page.evaluate((wanted) => {
      const body = document.querySelector('.reader__body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in the article`);
    }, text);
  }

  quoteButton() {
    return this.page.locator('.quote-button');
  }

  quoteDialog() {
    return this.page.getByRole('dialog', { name: 'Trích vào báo cáo' });
  }

  async quoteInto(report: { newTitle: string } | { existing: string }) {
    const dialog = this.quoteDialog();
    await dialog.waitFor();
    const select = dialog.getByLabel('Báo cáo', { exact: true });
    if ('newTitle' in report) {
      await select.selectOption({ label: '+ Báo cáo mới' });
      await dialog.getByLabel('Tên báo cáo mới').fill(report.newTitle);
    } else {
      await select.selectOption({ label: report.existing });
    }
    await dialog.getByRole('button', { name: 'Trích', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /**
   * Read what these hold with textContent: innerText leaves out the text of blocks the editor
   * skips while they are off screen (content-visibility, see the deferred-paint extension).
   */
  citations() {
    return this.page.locator('.report-doc .citation');
  }

  quotes() {
    return this.page.locator('.report-doc blockquote');
  }

  async ctrlClickCitation(index = 0) {
    await this.citations()
      .nth(index)
      .click({ modifiers: ['Control'] });
  }

  findMarks() {
    return this.page.locator('.reader__article mark.find-match');
  }

  async openArticlesPanel() {
    await this.page.getByRole('button', { name: 'Tin bài', exact: true }).click();
    return this.panel();
  }

  panel() {
    return this.page.locator('.articles-panel');
  }

  async searchPanel(query: string) {
    await this.panel().getByRole('searchbox').fill(query);
  }

  panelItem(title: string) {
    return this.panel().locator('.articles-panel__item').filter({ hasText: title });
  }

  compileDialog() {
    return this.page.getByRole('dialog', { name: 'Tạo báo cáo tổng hợp' });
  }

  async openCompile() {
    await this.page.getByRole('button', { name: 'Tạo báo cáo tổng hợp' }).click();
    await this.compileDialog().waitFor();
  }
}
