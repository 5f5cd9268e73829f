import type { Page } from 'playwright-core';

/** The import dialog: choose files, correct the preview, run, read the report. */
export class ImportDialogPage {
  constructor(private readonly page: Page) {}

  openButton() {
    return this.page.getByRole('button', { name: 'Nhập tin bài' }).first();
  }

  dialog() {
    return this.page.getByRole('dialog', { name: 'Nhập tin bài' });
  }

  async chooseFiles(paths: string[]) {
    await this.page.setInputFiles('[data-testid="import-file-input"]', paths);
  }

  card(fileName: string) {
    return this.dialog().getByRole('listitem', { name: fileName });
  }

  titleField(fileName: string) {
    return this.card(fileName).getByLabel(/Tiêu đề/);
  }

  startButton() {
    return this.dialog().getByRole('button', { name: /^Nhập \d+ tệp$/ });
  }

  summary() {
    return this.dialog().locator('.import-report__summary');
  }

  reportRow(fileName: string) {
    return this.dialog().getByRole('row').filter({ hasText: fileName });
  }
}
