import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../test-support/temp-folder';
import { launchApp, type AppHarness } from './support/app-harness';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const BRIDGE = 'Thông xe cầu Bến Đá nối đôi bờ sông Trà Giang';
const STORM = 'Chủ động ứng phó với bão số 6 và mưa lớn diện rộng';
const MEETING = 'Hội nghị giao ban kinh tế - xã hội quý III năm 2024';

describe('an official starts with an empty archive and manages the library', () => {
  let app: AppHarness;
  let library: LibraryPage;
  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1280, height: 800 } });
    library = new LibraryPage(app.page);
  }, 60_000);
  afterAll(() => app?.close());

  it('is told how to import, and can load the sample archive instead', async () => {
    const empty = app.page.locator('.empty-library');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('Nhập tin bài');
    expect(await empty.getByRole('button', { name: 'Nhập tin bài' }).isVisible()).toBe(true);
    await app.page.getByRole('button', { name: 'Nạp kho mẫu' }).click();
    await library.waitForList();
    await expect.poll(() => library.rows().count()).toBe(6);
    expect(await library.category('Phòng chống thiên tai').textContent()).toContain('1');
    expect(
      await app.page.getByRole('toolbar').getByRole('button', { name: 'Nhập tin bài' }).isVisible(),
    ).toBe(true);
  });

  it('sees unread markers, dates as dd/mm/yyyy and month groups, newest first', async () => {
    const titles = await library.rowTitles();
    expect(titles[0]).toContain('Tuần lễ Văn hóa');
    const first = library.rows().first();
    expect(await first.locator('.article-row__unread').count()).toBe(1);
    expect(await first.locator('.article-row__meta').textContent()).toContain('15/11/2024');
    const groups = await app.page.locator('.article-list__group').allInnerTexts();
    expect(groups.map((g) => g.toLowerCase())).toEqual([
      'tháng 11/2024',
      'tháng 10/2024',
      'tháng 09/2024',
      'tháng 08/2024',
      'tháng 07/2024',
    ]);
  });

  it('narrows the list to a typed date range', async () => {
    await app.page.getByRole('button', { name: 'Bộ lọc' }).click();
    await app.page.getByLabel('Từ ngày').first().fill('01/10/2024');
    await app.page.getByLabel('Từ ngày').first().press('Enter');
    await app.page.getByLabel('Đến ngày').first().fill('31/10/2024');
    await app.page.getByLabel('Đến ngày').first().press('Enter');
    await expect.poll(() => library.rowTitles()).toEqual([STORM, MEETING]);
    await app.page.getByLabel('Đến ngày').first().fill('31/02/2024');
    await app.page.getByLabel('Đến ngày').first().press('Enter');
    expect(await app.page.getByRole('alert').first().textContent()).toContain('dd/mm/yyyy');
    await app.page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect.poll(() => library.rows().count()).toBe(6);
  });

  it('selects two articles with Ctrl+click, deletes them and undoes it', async () => {
    await library.row(BRIDGE).click({ modifiers: ['Control'] });
    await library.row(STORM).click({ modifiers: ['Control'] });
    const bar = app.page.locator('.selection-bar');
    expect(await bar.textContent()).toContain('Đã chọn 2 tin');
    await bar.getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => library.rows().count()).toBe(4);
    expect(await library.rowTitles()).not.toContain(BRIDGE);
    await library.undoButton().click();
    await expect.poll(() => library.rows().count()).toBe(6);
    expect(await library.rowTitles()).toContain(BRIDGE);
  });

  it('reads with the keyboard alone: arrows, Enter, J for the next article, Escape back', async () => {
    await library.list().focus();
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    const reader = new ReaderPage(app.page);
    await reader.waitForArticle();
    const opened = await reader.title().textContent();
    await app.page.keyboard.press('j');
    await expect.poll(() => reader.title().textContent()).not.toBe(opened);
    await app.page.keyboard.press('k');
    await expect.poll(() => reader.title().textContent()).toBe(opened);
    await app.page.keyboard.press('Escape');
    await library.waitForList();
  });

  it('deletes the open article from the reader and brings it back with "Hoàn tác"', async () => {
    await library.open(BRIDGE);
    const reader = new ReaderPage(app.page);
    await reader.waitForArticle(BRIDGE);
    expect(await app.page.locator('.reader__body figure img').count()).toBe(1);
    expect(await app.page.locator('.reader__body figcaption').textContent()).toContain(
      'Cầu Bến Đá',
    );
    await reader.delete();
    await library.toast().filter({ hasText: BRIDGE }).waitFor();
    // The reader moves on to the next article; the list behind it no longer holds the deleted one.
    await expect.poll(() => reader.title().textContent()).not.toContain(BRIDGE);
    await reader.back();
    await library.waitForList();
    await expect.poll(() => library.rowTitles()).not.toContain(BRIDGE);
    await library.undoButton().click();
    await expect.poll(() => library.rowTitles()).toContain(BRIDGE);
  });

  it('corrects an article’s title, date and author, and the list follows', async () => {
    await library.open(STORM);
    const reader = new ReaderPage(app.page);
    await reader.waitForArticle(STORM);
    await app.page.getByRole('button', { name: 'Sửa thông tin' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Sửa thông tin bài' });
    await dialog.getByLabel('Tiêu đề').fill(`${STORM} (bản sửa)`);
    await dialog.getByLabel('Ngày đăng (dd/mm/yyyy HH:mm)').fill('32/10/2024 08:00');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    expect(await dialog.getByRole('alert').textContent()).toContain('dd/mm/yyyy');
    await dialog.getByLabel('Ngày đăng (dd/mm/yyyy HH:mm)').fill('26/10/2024 06:30');
    await dialog.getByLabel('Tác giả').fill('Ban Chỉ huy PCTT tỉnh');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await reader.waitForArticle(`${STORM} (bản sửa)`);
    expect(await app.page.locator('.reader__byline time').textContent()).toBe('26/10/2024 06:30');
    expect(await app.page.locator('.reader__author').textContent()).toBe('Ban Chỉ huy PCTT tỉnh');
    await reader.back();
    await expect.poll(() => library.rowTitles()).toContain(`${STORM} (bản sửa)`);
  });

  it('asks before opening the original article in the browser', async () => {
    await library.open(BRIDGE);
    const reader = new ReaderPage(app.page);
    await reader.waitForArticle(BRIDGE);
    await app.page.locator('.reader__source a').click();
    const dialog = app.page.getByRole('dialog', { name: 'Mở bài gốc trong trình duyệt?' });
    expect(await dialog.textContent()).toContain(
      'https://example.gov.vn/tin-mau/thong-xe-cau-ben-da',
    );
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
    await reader.back();
  });

  it('keeps its selection when an import finishing elsewhere refreshes the list', async () => {
    await library.waitForList();
    const before = await library.rows().count();
    await library.row(BRIDGE).click({ modifiers: ['Control'] });
    await library.row(STORM).click({ modifiers: ['Control'] });
    const bar = app.page.locator('.selection-bar');
    expect(await bar.textContent()).toContain('Đã chọn 2 tin');
    const folder = await makeTempFolder('kho-tin-e2e-refresh-');
    try {
      const file = path.join(folder.dir, 'tin-moi.txt');
      await writeFile(file, `${MEETING} (bổ sung)\n\nNội dung tin bổ sung về giao ban quý III.\n`);
      await app.host.services.importer.start({
        files: [{ key: file, source: { kind: 'path', path: file } }],
        duplicateMode: 'keep',
      }).done;
    } finally {
      await folder.remove();
    }
    await expect.poll(() => library.rows().count()).toBe(before + 1);
    expect(await bar.textContent()).toContain('Đã chọn 2 tin');
    // The new article moved every row down one; Shift+click still extends from the row clicked.
    const titles = await library.rowTitles();
    const from = titles.findIndex((title) => title.startsWith(STORM));
    await library
      .rows()
      .last()
      .click({ modifiers: ['Shift'] });
    expect(await bar.textContent()).toContain(`Đã chọn ${titles.length - from} tin`);
    await bar.getByRole('button', { name: 'Bỏ chọn' }).click();
  });
});
