import type { Page } from 'playwright-core';
import { ReportsPage } from './reports-page';

/**
 * The open report's editor as the Vietnamese typing and spell-check stories see it: the
 * document's text block by block, the spell-check underlines, menu and switch.
 */
export class ReportTypingPage {
  readonly reports: ReportsPage;

  constructor(private readonly page: Page) {
    this.reports = new ReportsPage(page);
  }

  /** A new blank report, its editor focused. */
  async openBlankReport() {
    await this.reports.open();
    await this.reports.create();
    await this.doc().click();
  }

  doc() {
    return this.page.locator('.report-editor .report-doc').first();
  }

  /** Empties the document (Ctrl+A, Delete) and leaves the cursor in its one paragraph. */
  async clear() {
    await this.doc().focus();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Delete');
    await this.page.waitForFunction(
      () => document.querySelector('.report-editor .report-doc')?.textContent === '',
    );
  }

  /** The text of each paragraph, heading, list item and cell, in order (what was typed, not widgets). */
  async blocks(): Promise<string[]> {
    return this.doc().evaluate((root) =>
      [...root.querySelectorAll('p, h1, h2, h3, h4')].map((block) => block.textContent ?? ''),
    );
  }

  async text(): Promise<string> {
    return (await this.blocks()).join('\n');
  }

  /** The document's inner HTML, for the structure (a list, a link, bold) around the text. */
  html() {
    return this.doc().innerHTML();
  }

  /** Waits for every pending frame and a pause longer than spell-check's debounce. */
  async settle() {
    await this.page.waitForTimeout(400);
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }

  spellErrors() {
    return this.doc().locator('.spell-error');
  }

  spellMenu() {
    return this.page.getByRole('menu', { name: /Gợi ý chính tả/ });
  }

  spellToggle() {
    return this.page.getByTestId('spellcheck-toggle');
  }

  async toolbar(name: string) {
    await this.page
      .getByRole('toolbar', { name: 'Công cụ soạn thảo' })
      .getByRole('button', { name })
      .first()
      .click();
  }

  /** A link inserted with Ctrl+K where the cursor is; the cursor ends right after it. */
  async insertLink(url: string, text: string) {
    await this.page.keyboard.press('Control+K');
    const dialog = this.page.getByRole('dialog', { name: 'Liên kết' });
    await dialog.getByLabel('Địa chỉ').fill(url);
    await dialog.getByLabel('Chữ hiển thị').fill(text);
    await dialog.getByRole('button', { name: 'Lưu liên kết' }).click();
    await this.doc().locator('a').first().waitFor();
  }

  /** A table from the toolbar's size picker; the cursor lands in its first cell. */
  async insertTable(rows: number, cols: number) {
    await this.toolbar('Chèn bảng');
    await this.page.getByRole('gridcell', { name: `${rows} × ${cols}` }).click();
    await this.doc().locator('table').waitFor();
  }
}
