import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportLayoutPage } from './pages/report-layout-page';
import { ReportsPage } from './pages/reports-page';
import { launchApp, SCREENSHOT_DIR, type AppHarness } from './support/app-harness';

const PARAGRAPH =
  'Văn phòng đã tham mưu Ủy ban nhân dân tỉnh chỉ đạo, điều hành các lĩnh vực kinh tế - xã hội; tổ chức thành công các hội nghị, cuộc họp; tiếp nhận, xử lý văn bản đến đúng thời hạn quy định.';

describe('a clerk lays out a báo cáo per Nghị định 30 and checks it before export', () => {
  let app: AppHarness;
  let reports: ReportsPage;
  let layout: ReportLayoutPage;
  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1400, height: 900 } });
    reports = new ReportsPage(app.page);
    layout = new ReportLayoutPage(app.page);
    await reports.open();
    await reports.create('Báo cáo (NĐ 30/2020)');
  }, 60_000);
  afterAll(() => app?.close());

  it('draws the header of the page from the fields as they are typed', async () => {
    await layout.fill('Cơ quan chủ quản', 'UBND tỉnh Kiên Giang');
    await layout.fill('Cơ quan ban hành', 'Văn phòng');
    await layout.fill('Ký hiệu cơ quan', 'VP');
    await layout.fill('Địa danh', 'Kiên Giang');
    await layout.fill('Trích yếu', 'Tình hình thực hiện nhiệm vụ tháng 01 năm 2026');
    expect(await layout.headerCell('number').textContent()).toBe('Số:      /BC-VP');
    await layout.fill('Số', '7');
    await layout.fill('Ngày ban hành', '2026-02-05');
    expect(await layout.headerCell('agency').innerText()).toBe('UBND TỈNH KIÊN GIANG\nVĂN PHÒNG');
    expect(await layout.headerCell('number').textContent()).toBe('Số: 07/BC-VP');
    expect(await layout.headerCell('place-date').textContent()).toBe(
      'Kiên Giang, ngày 05 tháng 02 năm 2026',
    );
    expect(await layout.pageView().locator('.kt-type-name').textContent()).toBe('BÁO CÁO');
  });

  it('names the field when its value is wrong, and keeps the last good value on the page', async () => {
    await layout.fill('Số', 'bảy');
    expect(await layout.panel().getByRole('alert').textContent()).toBe(
      'Số: phải là số nguyên dương (hoặc để trống).',
    );
    expect(await layout.headerCell('number').textContent()).toBe('Số: 07/BC-VP');
    await layout.fill('Số', '7');
    expect(await layout.panel().getByRole('alert').count()).toBe(0);
  });

  it('shows where pages break while editing, and numbered pages in the print preview', async () => {
    await reports.editor().click();
    await app.page.keyboard.press('Control+End');
    for (let i = 0; i < 14; i++) {
      await app.page.keyboard.press('Enter');
      await app.page.keyboard.insertText(PARAGRAPH);
    }
    await expect
      .poll(() => layout.pageView().locator('.page-view__guide').count())
      .toBeGreaterThan(0);
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'report-page-view.png') });
    await layout.openPreview();
    await expect
      .poll(async () => (await layout.previewPageCount().textContent()) ?? '')
      .toMatch(/^[2-9] trang$/);
    const frame = layout.previewFrame();
    expect(await frame.locator('.kt-preview-number').first().textContent()).toBe('2');
    expect(await frame.locator('.kt-preview-number[data-page="1"]').count()).toBe(0);
    expect(await frame.locator('td.kt-number').textContent()).toBe('Số: 07/BC-VP');
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'report-print-preview.png') });
    await layout.closeDialog('Xem trước khi in');
  });

  it('lists what the decree requires and the report lacks, each a link to its field', async () => {
    await layout.field('Bản chính thức (cần số và ngày)').check();
    await layout.fill('Số', '');
    await layout.openExport();
    const codes = await layout
      .findings()
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-code')));
    // The paragraphs typed after the template's closing line left the body without "./.".
    expect(codes).toEqual(['number-missing', 'signer-missing', 'closing-missing']);
    expect(await layout.findings().first().textContent()).toBe(
      'Chưa có số văn bản (bản chính thức phải có số).',
    );
    await layout.findings().first().getByRole('button').click();
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-field')))
      .toBe('number');
  });

  it('exports anyway as a draft: the HTML file is named after the report and holds the page', async () => {
    await layout.openExport();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Trang web (.html)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'BC Tinh hinh thuc hien nhiem vu thang 01 nam 2026.html',
    );
    const file = await download.path();
    const html = await readFile(file, 'utf8');
    expect(html).toContain('Số:      /BC-VP');
    expect(html).toContain('Văn phòng đã tham mưu');
  });
});
