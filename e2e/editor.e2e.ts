import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorPage, PIXEL_PNG } from './pages/editor-page';
import { ReportsPage } from './pages/reports-page';
import { launchApp, SCREENSHOT_DIR, type AppHarness } from './support/app-harness';

const WORD_FIXTURE = path.resolve(__dirname, '../test-support/fixtures/editor/word-report.html');

describe('an office clerk writes a report in the editor', () => {
  let app: AppHarness;
  let reports: ReportsPage;
  let editor: EditorPage;
  beforeAll(async () => {
    app = await launchApp();
    reports = new ReportsPage(app.page);
    editor = new EditorPage(app.page);
    await reports.open();
  }, 60_000);
  afterAll(() => app?.close());

  it('writes a heading, a list, a table and a picture, and finds them all after a restart', async () => {
    const { page } = app;
    await reports.create();
    await editor.doc().click();
    await page.keyboard.press('Control+Alt+1');
    await page.keyboard.type('I. TÌNH HÌNH CHUNG');
    await page.keyboard.press('Enter');
    await editor.tool('Đánh chữ a) b) c)').click();
    await page.keyboard.type('Tổng sản phẩm tăng 7,2%;');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Thu ngân sách đạt 54% dự toán.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await editor.insertTable(2, 3);
    const cells = ['TT', 'Chỉ tiêu', 'Kết quả', '1', 'GRDP', '7,2%'];
    for (const [index, cell] of cells.entries()) {
      if (index > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(cell);
    }
    // Out of the last cell: below the table (the gap cursor when nothing follows it).
    await page.keyboard.press('ArrowDown');
    await editor.insertImage([{ name: 'hoi-nghi.png', mimeType: 'image/png', buffer: PIXEL_PNG }]);
    await editor.images().first().waitFor();
    await editor.captions().first().fill('Quang cảnh hội nghị.');
    // Two waits: with one, the caption's save could end (saved) before the emit of the heading's
    // words, which follows the last key by the emitter's interval, and the restart lost them.
    await reports.typeAndWaitSaved(() => editor.captions().first().press('Enter'));
    await reports.typeAndWaitSaved(async () => {
      await editor.doc().locator('h1').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' 2026');
    });
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'editor-report.png') });

    await app.restart();
    reports = new ReportsPage(app.page);
    editor = new EditorPage(app.page);
    await reports.open();
    await reports.openReport('(Chưa đặt tên)');
    const doc = editor.doc();
    expect(await doc.locator('h1').textContent()).toBe('I. TÌNH HÌNH CHUNG 2026');
    expect(await doc.locator('ol[type="a"] > li').allTextContents()).toEqual([
      'Tổng sản phẩm tăng 7,2%;',
      'Thu ngân sách đạt 54% dự toán.',
    ]);
    expect(await doc.locator('table td').allTextContents()).toEqual([
      'TT',
      'Chỉ tiêu',
      'Kết quả',
      '1',
      'GRDP',
      '7,2%',
    ]);
    expect(await doc.locator('table figure').count()).toBe(0);
    const img = editor.images().first();
    expect(await img.getAttribute('data-src')).toMatch(/^media\/[0-9a-f]{64}\.png$/);
    // Loaded from the archive through the host's media URL, not a data: URL.
    expect(await img.getAttribute('src')).toMatch(/^media\/[0-9a-f]{64}\.png\?token=/);
    await expect
      .poll(() =>
        img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth),
      )
      .toBe(1);
    expect(await editor.captions().first().inputValue()).toBe('Quang cảnh hội nghị.');
  });

  it('refuses a 30 MB picture and a file that is not a picture, saying why, and keeps the report', async () => {
    const before = await editor.doc().innerHTML();
    const huge = Buffer.alloc(30 * 1024 * 1024);
    PIXEL_PNG.copy(huge);
    await editor.doc().locator('h1').click();
    await editor.insertImage([{ name: 'anh-lon.png', mimeType: 'image/png', buffer: huge }]);
    await expect.poll(() => editor.toasts().last().textContent()).toContain('vượt giới hạn 20 MB');
    expect(await editor.toasts().last().textContent()).toContain('30 MB');
    await editor.insertImage([
      { name: 'bao-cao.png', mimeType: 'image/png', buffer: Buffer.from('không phải ảnh') },
    ]);
    await expect.poll(() => editor.toasts().last().textContent()).toContain('không phải là ảnh');
    expect(await editor.doc().innerHTML()).toBe(before);
  });

  it('the toolbar follows the selection', async () => {
    const { page } = app;
    await editor.doc().locator('h1').click();
    await expect.poll(() => editor.blockStyle().inputValue()).toBe('h1');
    await editor.doc().locator('ol li').first().click();
    await expect
      .poll(() => editor.tool('Đánh chữ a) b) c)').getAttribute('aria-pressed'))
      .toBe('true');
    expect(await editor.blockStyle().inputValue()).toBe('paragraph');
    expect(await editor.tool('Gộp ô').isDisabled()).toBe(true);
    await editor.doc().locator('table td').nth(4).click();
    await expect.poll(() => editor.tool('Thêm hàng phía dưới').isDisabled()).toBe(false);
    expect(await editor.tool('Đánh chữ a) b) c)').getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' đậm');
    await expect.poll(() => editor.tool('In đậm').getAttribute('aria-pressed')).toBe('true');
    await editor.doc().locator('h1').click();
    await expect.poll(() => editor.tool('In đậm').getAttribute('aria-pressed')).toBe('false');
  });

  it('pastes a Word document keeping its headings and table, without its styles or scripts', async () => {
    await reports.backToList();
    await reports.create();
    await editor.doc().click();
    await editor.pasteHtml(await readFile(WORD_FIXTURE, 'utf8'), 'BÁO CÁO');
    const doc = editor.doc();
    await doc.locator('table').waitFor();
    expect(await doc.locator('h1').allTextContents()).toEqual(['I. TÌNH HÌNH CHUNG']);
    expect(await doc.locator('h2').allTextContents()).toEqual([
      '1. Về kinh tế',
      '2. Kết quả các chỉ tiêu',
    ]);
    expect(await doc.locator('h3').allTextContents()).toEqual(['a) Khó khăn']);
    expect(await doc.locator('table tr').count()).toBe(3);
    expect(await doc.locator('table td').nth(4).textContent()).toBe('Tăng trưởng GRDP');
    expect(await doc.locator('ol[type="a"] > li').count()).toBe(2);
    const html = await doc.innerHTML();
    expect(html).not.toMatch(/mso-|font-family|clip_image|onclick|onerror/i);
    expect(await doc.textContent()).toContain('[Ảnh: Quang cảnh hội nghị]');
    expect(
      await app.page.evaluate(() => (window as unknown as { __pasted?: string }).__pasted),
    ).toBeUndefined();
  });

  it('refuses a pasted HTML bomb and the page answers at once', async () => {
    const { page } = app;
    const before = await editor.doc().innerHTML();
    const bomb = '<div><span><b>x</b></span></div>'.repeat(34_000) + '<div>'.repeat(5_000);
    await editor.pasteHtml(bomb, 'x');
    // The next round trip to the page and a keystroke both go through; nothing was inserted.
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
    await expect.poll(() => editor.toasts().last().textContent()).toContain('quá lớn');
    expect(await editor.doc().innerHTML()).toBe(before);
    await editor.doc().locator('h1').click();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    expect(await editor.doc().locator('h1').textContent()).toBe('I. TÌNH HÌNH CHUNG!');
  });

  it('Ctrl+K links the selection, and Ctrl+click asks before opening it outside', async () => {
    const { page } = app;
    await editor.doc().locator('h2').first().click({ clickCount: 3 });
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Liên kết' });
    await dialog.getByRole('textbox', { name: /Địa chỉ/ }).fill('kiengiang.gov.vn');
    await dialog.getByRole('button', { name: 'Lưu liên kết' }).click();
    const link = editor.doc().locator('h2 a');
    expect(await link.getAttribute('href')).toBe('https://kiengiang.gov.vn');
    await link.click({ modifiers: ['Control'] });
    const confirm = page.getByRole('dialog', { name: 'Mở bài gốc trong trình duyệt?' });
    expect(await confirm.locator('.modal__url').textContent()).toBe('https://kiengiang.gov.vn');
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    expect(page.url()).not.toContain('kiengiang.gov.vn');
  });

  it('Ctrl+H finds without marks and replaces every match in one undo step', async () => {
    const { page } = app;
    await editor.doc().locator('h3').click();
    await page.keyboard.press('Control+h');
    await page.getByRole('searchbox', { name: 'Tìm trong báo cáo' }).fill('ngan sach');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('1/2');
    await page.getByRole('textbox', { name: 'Thay bằng' }).fill('NGÂN SÁCH');
    await page.getByRole('button', { name: 'Thay tất cả' }).click();
    expect(await editor.doc().textContent()).not.toMatch(/ngân sách/);
    expect((await editor.doc().textContent())!.match(/NGÂN SÁCH/g)).toHaveLength(2);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    expect((await editor.doc().textContent())!.match(/ngân sách/g)).toHaveLength(2);
  });

  it('stores a dropped picture in the archive and shows it where it was dropped', async () => {
    const before = await editor.images().count();
    await editor.dropImage(editor.doc().locator('h3'), 'keo-tha.png', PIXEL_PNG);
    await expect.poll(() => editor.images().count()).toBe(before + 1);
    const dropped = editor.images().nth(before);
    expect(await dropped.getAttribute('data-src')).toMatch(/^media\/[0-9a-f]{64}\.png$/);
    expect(await editor.doc().innerHTML()).not.toContain('data:image');
  });
});
