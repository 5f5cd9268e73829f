import type { Page } from 'playwright-core';

/** The Báo cáo section: the list, the open report with its editor, and the version history. */
export class ReportsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Báo cáo' }).click();
    await this.page.locator('.reports-page').waitFor();
  }

  rows() {
    return this.page.locator('.reports-table tbody tr');
  }

  row(title: string) {
    return this.rows().filter({ hasText: title });
  }

  async rowTitles(): Promise<string[]> {
    return this.page.locator('.reports-table tbody .report-row__title').allInnerTexts();
  }

  async create(template = 'Báo cáo trống') {
    await this.page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await this.page.getByRole('menuitem', { name: template }).click();
    await this.editor().waitFor();
  }

  async openReport(title: string) {
    await this.row(title).getByRole('button', { name: title, exact: true }).click();
    await this.editor().waitFor();
  }

  editor() {
    return this.page.getByRole('textbox', { name: 'Nội dung báo cáo' }).first();
  }

  saveStatus() {
    return this.page.locator('.save-status');
  }

  /** Runs `action` (typing) and waits until a save it caused has finished ("Đã lưu" after "Đang lưu…"). */
  async typeAndWaitSaved(action: () => Promise<void>) {
    await this.page.evaluate(() => {
      const flag = window as unknown as { __sawSaving?: boolean };
      flag.__sawSaving = false;
      const watch = () => {
        if (document.querySelector('.save-status[data-state="saving"]')) flag.__sawSaving = true;
      };
      new MutationObserver(watch).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    });
    await action();
    await this.page.waitForFunction(
      () =>
        (window as unknown as { __sawSaving?: boolean }).__sawSaving === true &&
        document.querySelector('.save-status[data-state="saved"]') !== null,
    );
  }

  async backToList() {
    await this.page.getByRole('button', { name: /Danh sách báo cáo/ }).click();
    await this.page.locator('.reports-page').waitFor();
  }

  async rename(title: string, next: string) {
    await this.row(title).getByRole('button', { name: 'Đổi tên' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Đổi tên báo cáo' });
    await dialog.getByRole('textbox').fill(next);
    await dialog.getByRole('button', { name: 'Đổi tên' }).click();
    await this.row(next).waitFor();
  }

  async delete(title: string) {
    await this.row(title)
      .getByRole('button', { name: `Xóa: ${title}` })
      .click();
  }

  /** "Hoàn tác" in the toast whose message contains `message`. */
  async undo(message: string) {
    await this.page
      .locator('.toast', { hasText: message })
      .last()
      .getByRole('button', { name: 'Hoàn tác' })
      .click();
  }

  async openHistory() {
    await this.page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
    await this.page.locator('.versions-panel').waitFor();
  }

  versions() {
    return this.page.locator('.versions-panel__list button');
  }

  preview() {
    return this.page.locator('.version-preview .report-doc');
  }

  async restoreSelectedVersion() {
    await this.page.getByRole('button', { name: 'Khôi phục phiên bản này' }).click();
  }
}
