import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorPage, PIXEL_PNG } from './pages/editor-page';
import { ReportsPage } from './pages/reports-page';
import { launchApp, type AppHarness } from './support/app-harness';

/** What the autosave wrote: every report file of the archive, as text. */
async function savedReports(archiveDir: string): Promise<string> {
  const folder = path.join(archiveDir, 'reports');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  const texts = await Promise.all(names.map((name) => readFile(path.join(folder, name), 'utf8')));
  return texts.join('\n');
}

describe('an office clerk pastes from web pages and Word', () => {
  let app: AppHarness;
  let reports: ReportsPage;
  let editor: EditorPage;
  beforeAll(async () => {
    app = await launchApp();
    reports = new ReportsPage(app.page);
    editor = new EditorPage(app.page);
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(app.host.url).origin,
    });
    await reports.open();
  }, 60_000);
  afterAll(() => app?.close());

  it('keeps a picture pasted inline as a data: URL, stored in media/ and referred to from there', async () => {
    await reports.create();
    await editor.doc().click();
    const dataUrl = `data:image/png;base64,${PIXEL_PNG.toString('base64')}`;
    await reports.typeAndWaitSaved(() =>
      editor.pasteHtml(
        `<p>Trước ảnh</p><p><img alt="Sơ đồ vị trí" src="${dataUrl}"></p><p>Sau ảnh</p>`,
        'Trước ảnh Sau ảnh',
      ),
    );
    const image = editor.images().first();
    await image.waitFor();
    expect(await image.getAttribute('alt')).toBe('Sơ đồ vị trí');
    // Shown from the archive through the host, not from the pasted bytes.
    expect(await image.getAttribute('src')).not.toContain('data:');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    expect(await editor.doc().textContent()).toContain('Sau ảnh');
    const saved = await savedReports(app.archiveDir);
    expect(saved).not.toContain('data:');
    const src = /"src":"(media\/[0-9a-f]{64}\.png)"/.exec(saved)?.[1];
    expect(src).toBeDefined();
    expect((await stat(path.join(app.archiveDir, src!))).size).toBe(PIXEL_PNG.length);
  });

  it('stores the pictures of HTML dragged in from a page in media/, as a paste does', async () => {
    await reports.backToList();
    await reports.create();
    await editor.doc().click();
    const dataUrl = `data:image/png;base64,${PIXEL_PNG.toString('base64')}`;
    await reports.typeAndWaitSaved(() =>
      editor.dropHtml(
        `<p>Kéo thả</p><p><img alt="Bản đồ kéo vào" src="${dataUrl}"></p>`,
        'Kéo thả',
      ),
    );
    const image = editor.images().first();
    await image.waitFor();
    expect(await image.getAttribute('alt')).toBe('Bản đồ kéo vào');
    expect(await image.getAttribute('src')).not.toContain('data:');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    expect(await editor.doc().textContent()).toContain('Kéo thả');
    const saved = await savedReports(app.archiveDir);
    expect(saved).toContain('Bản đồ kéo vào');
    expect(saved).not.toContain('data:');
    const src = /"src":"(media\/[0-9a-f]{64}\.png)","alt":"Bản đồ kéo vào"/.exec(saved)?.[1];
    expect(src).toBeDefined();
    expect((await stat(path.join(app.archiveDir, src!))).size).toBe(PIXEL_PNG.length);
  });

  it('pastes plain text with Ctrl+Shift+V and with the toolbar button: the words land, the formatting does not', async () => {
    const { page } = app;
    await reports.backToList();
    await reports.create();
    await editor.doc().click();
    const copy = (html: string, text: string) =>
      page.evaluate(
        ({ html, text }) =>
          navigator.clipboard.write([
            new ClipboardItem({
              'text/html': new Blob([html], { type: 'text/html' }),
              'text/plain': new Blob([text], { type: 'text/plain' }),
            }),
          ]),
        { html, text },
      );
    await copy(
      '<h1 style="color:red">Kết quả nổi bật</h1><p><b>Thu ngân sách</b> đạt 54%</p>',
      'Kết quả nổi bật\nThu ngân sách đạt 54%',
    );
    await page.keyboard.press('Control+Shift+V');
    await expect.poll(() => editor.doc().textContent()).toContain('Thu ngân sách đạt 54%');
    expect(await editor.doc().locator('h1, strong, b, [style*="color"]').count()).toBe(0);

    await copy('<p><i>Đoạn nghiêng</i> thứ hai</p>', 'Đoạn nghiêng thứ hai\nDòng ba');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await editor.tool('Dán dạng văn bản thuần').click();
    await expect.poll(() => editor.doc().textContent()).toContain('Đoạn nghiêng thứ haiDòng ba');
    expect(await editor.doc().locator('em, i, h1, strong').count()).toBe(0);
    const paragraphs = await editor.doc().locator('p').allTextContents();
    expect(paragraphs.slice(-2)).toEqual(['Đoạn nghiêng thứ hai', 'Dòng ba']);
    expect(await editor.toasts().count()).toBe(0);
  });
});
