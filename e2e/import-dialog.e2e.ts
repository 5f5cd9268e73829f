import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixture } from '../test-support/fixtures/import/paths';
import { ImportDialogPage } from './pages/import-dialog-page';
import { launchApp, type AppHarness } from './support/app-harness';

describe('an official imports copied portal pages through the dialog', () => {
  let app: AppHarness;
  let dialog: ImportDialogPage;
  beforeAll(async () => {
    app = await launchApp();
    dialog = new ImportDialogPage(app.page);
  });
  afterAll(() => app?.close());

  it('previews, corrects a proposed title, imports and reports per file', async () => {
    await dialog.openButton().click();
    await dialog.chooseFiles([
      importFixture('portal-copy-bracketed.txt'),
      importFixture('portal-copy-no-title.txt'),
      importFixture('legacy-vni.txt'),
    ]);
    await expect
      .poll(() => dialog.titleField('portal-copy-bracketed.txt').inputValue())
      .toBe('Khai mạc Hội thi tin học trẻ cấp tỉnh năm 2025 tại Trường THPT chuyên');
    await expect
      .poll(() => dialog.card('portal-copy-no-title.txt').textContent())
      .toContain('Đề xuất');
    await dialog
      .titleField('portal-copy-no-title.txt')
      .fill('Hưởng ứng Tháng hành động vì môi trường năm 2025');
    await dialog.startButton().click();
    await expect
      .poll(() => dialog.summary().textContent(), { timeout: 20_000 })
      .toContain('Đã nhập 3');
    const row = await dialog.reportRow('portal-copy-no-title.txt').textContent();
    expect(row).toContain('Đã nhập');
    expect(row).toContain('Hưởng ứng Tháng hành động vì môi trường năm 2025');
  });

  it('a second import of the same file is skipped as a duplicate', async () => {
    await dialog.dialog().getByRole('button', { name: 'Nhập thêm' }).click();
    await dialog.chooseFiles([importFixture('portal-copy-bracketed.txt')]);
    await dialog.startButton().click();
    await expect
      .poll(() => dialog.summary().textContent(), { timeout: 20_000 })
      .toContain('bỏ qua vì trùng 1');
  });
});
