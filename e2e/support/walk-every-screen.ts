import { importFixture } from '../../test-support/fixtures/import/paths';
import { EditorPage } from '../pages/editor-page';
import { ImportDialogPage } from '../pages/import-dialog-page';
import { LibraryPage } from '../pages/library-page';
import { ReaderPage } from '../pages/reader-page';
import { ReportLayoutPage } from '../pages/report-layout-page';
import { ReportsPage } from '../pages/reports-page';
import { ShellPage } from '../pages/shell-page';
import type { AppHarness } from './app-harness';

export const SCREENS = [
  'library',
  'import-dialog',
  'reader',
  'search',
  'reports',
  'editor',
  'export',
  'settings',
] as const;
export type Screen = (typeof SCREENS)[number];

/** The imported page: remote images, styles, frames and links everywhere (test-support fixture). */
export const HOSTILE_TITLE = 'Thông báo lịch tiếp công dân tháng 12';

/** A web page copied into the editor: remote pictures, a tracking pixel, styles and links. */
export const PASTED_PAGE = `
<h2>Kết quả hội nghị</h2>
<p style="background:url(https://cdn.example.vn/nen.png)">Hội nghị đã thống nhất các nội dung
  <a href="https://portal.example.vn/tin/123">xem tin gốc</a>.</p>
<img src="https://cdn.example.vn/anh-hoi-nghi.jpg" srcset="https://cdn.example.vn/anh@2x.jpg 2x" alt="Ảnh hội nghị">
<img src="http://tracker.example.net/pixel.gif" width="1" height="1">
<link rel="stylesheet" href="https://cdn.example.vn/trang.css">
<table><tr><td background="https://cdn.example.vn/o.png">Chỉ tiêu</td><td>Kết quả</td></tr></table>`;

/**
 * Every screen an official or a clerk sees, in the order they would: the library (sample
 * archive), the import dialog with a hostile web page, the reader showing it, search, the
 * reports list, the editor with a pasted web page, the export dialog with a Word export, and
 * settings. `visit` runs at each one (count requests, run axe…).
 */
export async function walkEveryScreen(
  app: AppHarness,
  visit: (screen: Screen) => Promise<void>,
  options: { firstTime: boolean } = { firstTime: true },
): Promise<void> {
  const { page } = app;
  const library = new LibraryPage(page);
  const shell = new ShellPage(page);
  await shell.navItem('Thư viện').click();
  if (options.firstTime) {
    await page.getByRole('button', { name: 'Nạp kho mẫu' }).click();
  }
  await library.waitForList();
  await visit('library');

  const dialog = new ImportDialogPage(page);
  await dialog.openButton().click();
  await dialog.chooseFiles([importFixture('hostile.html')]);
  await dialog.titleField('hostile.html').waitFor();
  await visit('import-dialog');
  await dialog.startButton().click();
  // The first time it is imported; a second walk finds it a duplicate and skips it.
  await dialog
    .summary()
    .filter({ hasText: options.firstTime ? 'Đã nhập 1' : 'trùng 1' })
    .waitFor({ timeout: 20_000 });
  await dialog.dialog().getByRole('button', { name: 'Đóng' }).click();

  await library.row(HOSTILE_TITLE).first().waitFor();
  await library.open(HOSTILE_TITLE);
  const reader = new ReaderPage(page);
  await reader.waitForArticle(HOSTILE_TITLE);
  await reader.body().locator('p').first().waitFor();
  await visit('reader');
  await reader.back();

  await library.search('tiếp công dân');
  await page.locator('mark').first().waitFor();
  await visit('search');
  await library.search('');

  const reports = new ReportsPage(page);
  await reports.open();
  await reports.create();
  const editor = new EditorPage(page);
  await editor.doc().click();
  await editor.pasteHtml(PASTED_PAGE, 'Kết quả hội nghị');
  await editor.doc().locator('table').first().waitFor();
  await visit('editor');

  const layout = new ReportLayoutPage(page);
  await layout.openExport();
  await visit('export');
  const download = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: 'Xuất văn bản' })
    .getByRole('button', { name: /Word/ })
    .click();
  await (await download).path();
  // The dialog closes itself once the file is handed over.
  await page.getByRole('dialog', { name: 'Xuất văn bản' }).waitFor({ state: 'hidden' });
  await reports.backToList();
  await reports.rows().first().waitFor();
  await visit('reports');

  await shell.openSettings('Cài đặt');
  await shell.heading().filter({ hasText: 'Cài đặt' }).waitFor();
  await visit('settings');
}
