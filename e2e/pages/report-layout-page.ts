import type { FrameLocator, Page } from 'playwright-core';

/** The ND30 side of an open report: the Thể thức panel, the page view, print preview and export. */
export class ReportLayoutPage {
  constructor(private readonly page: Page) {}

  panel() {
    return this.page.getByTestId('fields-panel');
  }

  field(label: string) {
    return this.panel().getByLabel(label, { exact: true });
  }

  async fill(label: string, value: string) {
    await this.field(label).fill(value);
  }

  pageView() {
    return this.page.getByTestId('page-view');
  }

  headerCell(name: 'number' | 'place-date' | 'agency') {
    const cls = {
      number: 'td.kt-number',
      'place-date': 'td.kt-place-date',
      agency: 'td.kt-header-agency',
    }[name];
    return this.pageView().locator(`[data-part="header"] ${cls}`);
  }

  async openPreview() {
    await this.page.getByRole('button', { name: 'Xem trước khi in' }).click();
    await this.page.getByTestId('print-preview').waitFor();
  }

  previewFrame(): FrameLocator {
    return this.page.frameLocator('.print-preview__frame');
  }

  previewPageCount() {
    return this.page.getByTestId('preview-page-count');
  }

  async closeDialog(name: string) {
    await this.page.getByRole('dialog', { name }).getByRole('button', { name: 'Đóng' }).click();
  }

  async openExport() {
    await this.page.getByRole('button', { name: 'Xuất văn bản' }).click();
    await this.page.getByTestId('preflight').waitFor();
  }

  findings() {
    return this.page.getByTestId('preflight').locator('li');
  }
}
