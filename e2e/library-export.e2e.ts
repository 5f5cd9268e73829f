import { AxeBuilder } from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { Archive } from '../main/services/archive';
import { bodyRelativePath } from '../main/services/archive/body-store';
import { sampleDraft } from '../test-support/article-drafts';
import { makeTempFolder } from '../test-support/temp-folder';
import { launchApp, SCREENSHOT_DIR, type AppHarness } from './support/app-harness';
import { holdFile, type HeldFile } from './support/held-file';
import { LibraryPage } from './pages/library-page';

const BRIDGE = 'Thông xe cầu Bến Đá nối đôi bờ sông Trà Giang';
const STORM = 'Chủ động ứng phó với bão số 6 và mưa lớn diện rộng';

/** The entry names in a saved zip, read back with the same library a user's tools follow. */
function entryNames(zipPath: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const names: string[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(names));
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.readEntry();
    });
  });
}

/** The export dialog, as the person sees it. */
function exportDialog(app: AppHarness) {
  const dialog = app.page.getByRole('dialog', { name: 'Xuất tin bài đã chọn' });
  return {
    dialog,
    path: dialog.getByLabel('Lưu tệp nén vào'),
    start: dialog.getByRole('button', { name: 'Xuất' }),
    cancel: dialog.getByRole('button', { name: 'Hủy' }),
    progress: dialog.getByRole('progressbar', { name: 'Tiến độ xuất' }),
    status: dialog.getByRole('status'),
  };
}

describe('an official exports selected articles from the library', () => {
  let app: AppHarness;
  let library: LibraryPage;
  let out: Awaited<ReturnType<typeof makeTempFolder>>;
  beforeAll(async () => {
    app = await launchApp();
    library = new LibraryPage(app.page);
    out = await makeTempFolder('kho-tin-e2e-export-');
    await app.page.getByRole('button', { name: 'Nạp kho mẫu' }).click();
    await library.waitForList();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await out?.remove();
  });

  it('selects two articles, types where to save, and gets a zip of two HTML pages there', async () => {
    await expect.poll(() => library.rows().count()).toBe(6);
    await library.row(BRIDGE).click({ modifiers: ['Control'] });
    await library.row(STORM).click({ modifiers: ['Control'] });
    await app.page.locator('.selection-bar').getByRole('button', { name: 'Xuất' }).click();
    const dialog = exportDialog(app);
    // The web host has no save dialog: it proposes a file named for the selection.
    expect(await dialog.path.inputValue()).toMatch(/kho-tin-2-tin-bai\.zip$/);
    const axe = await new AxeBuilder({ page: app.page as never })
      .include('dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
      [],
    );
    const zipPath = path.join(out.dir, 'hai-tin.zip');
    await dialog.path.fill(zipPath);
    await dialog.start.click();
    await expect
      .poll(() => app.page.getByText(`Đã xuất 2 tin bài vào ${zipPath}.`).count())
      .toBeGreaterThan(0);
    const pages = (await entryNames(zipPath)).filter((name) => name.endsWith('.html'));
    expect(pages).toHaveLength(2);
    expect(pages.every((name) => /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.html$/.test(name))).toBe(true);
  });

  it('is told in the dialog when the folder cannot be written, and nothing is left', async () => {
    await app.page.locator('.selection-bar').getByRole('button', { name: 'Xuất' }).click();
    const dialog = exportDialog(app);
    await dialog.path.fill(path.join(out.dir, 'khong-co-thu-muc', 'x.zip'));
    await dialog.start.click();
    await expect
      .poll(() => dialog.dialog.getByRole('alert').innerText())
      .toContain('Không ghi được vào nơi đã chọn');
    await dialog.dialog.getByRole('button', { name: 'Đóng' }).click();
    expect(await readdir(out.dir)).toEqual(['hai-tin.zip']);
  });
});

/** Photos big enough that writing them takes a while: the progress and a Cancel have time to show. */
const ARTICLES = 40;
const PHOTO_BYTES = 8 * 1024 * 1024;

describe('a large export shows its progress and can be cancelled', () => {
  let app: AppHarness;
  let library: LibraryPage;
  let out: Awaited<ReturnType<typeof makeTempFolder>>;
  let held: HeldFile | undefined;
  beforeAll(async () => {
    app = await launchApp({
      prepare: async ({ archiveDir }) => {
        const archive = await Archive.open(archiveDir);
        for (let n = 1; n <= ARTICLES; n++) {
          const ref = await archive.storeMedia(randomBytes(PHOTO_BYTES), 'jpg');
          await archive.addArticle(
            sampleDraft(n, {
              html: `<p>Bài ${n}.</p><figure><img src="${ref}" alt="Ảnh ${n}"></figure>`,
              images: [{ media: ref, caption: `Ảnh ${n}`, alt: `Ảnh ${n}`, originalSrc: null }],
            }),
          );
        }
        await archive.close();
      },
    });
    library = new LibraryPage(app.page);
    await library.waitForList();
  }, 120_000);
  afterAll(() => app?.close());
  afterEach(async () => {
    await held?.release();
    await out?.remove();
  });

  /**
   * Starts exporting every article and returns once some are written. One article's body is
   * held first (see holdFile): 320 MB are written in well under a second on a fast disk, so
   * without it the export could end before the test looked at its progress or pressed Hủy.
   * Until `held.release()` the export provably cannot get past that article (the 14th by date).
   */
  async function exportAll(zipName: string) {
    out = await makeTempFolder('kho-tin-e2e-export-');
    // The search index reads every body when it is built (after the first list): it must be
    // done before a body is held, or it would take the held body's content instead.
    await app.host.services.search.whenIdle();
    const middle = app.host.services.archive
      .listArticles()
      .find((meta) => meta.title.startsWith('Tin số 14:'))!;
    held = await holdFile(path.join(app.archiveDir, bodyRelativePath(middle.id)));
    // A fresh page: the list at its top, nothing selected.
    await app.page.reload();
    await library.waitForList();
    await library
      .rows()
      .first()
      .click({ modifiers: ['Control'] });
    await app.page.keyboard.press('Shift+End');
    await expect
      .poll(() => app.page.locator('.selection-bar__count').innerText())
      .toBe(`Đã chọn ${ARTICLES} tin`);
    await app.page.locator('.selection-bar').getByRole('button', { name: 'Xuất' }).click();
    const dialog = exportDialog(app);
    const zipPath = path.join(out.dir, zipName);
    await dialog.path.fill(zipPath);
    await dialog.start.click();
    // Progress moves: some articles written, with the bytes on disk so far; never all of them yet.
    await expect
      .poll(async () => Number(await dialog.progress.getAttribute('value')), { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect(Number(await dialog.progress.getAttribute('value'))).toBeLessThan(ARTICLES);
    return { dialog, zipPath, held };
  }

  it('exports every article with a progress bar, a count and the bytes written', async () => {
    const { dialog, zipPath, held } = await exportAll('tat-ca.zip');
    expect(await dialog.status.innerText()).toMatch(
      new RegExp(`Đã xuất \\d+/${ARTICLES} tin bài — đã ghi [\\d.,]+ (KB|MB)`),
    );
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'library-export-progress.png') });
    await held.release();
    await expect
      .poll(() => app.page.getByText(`Đã xuất ${ARTICLES} tin bài vào ${zipPath}.`).count(), {
        timeout: 120_000,
      })
      .toBeGreaterThan(0);
    const names = await entryNames(zipPath);
    expect(names.filter((name) => name.endsWith('.html'))).toHaveLength(ARTICLES);
    expect(names.filter((name) => name.startsWith('media/'))).toHaveLength(ARTICLES);
    expect(await readdir(out.dir)).toEqual(['tat-ca.zip']);
  }, 180_000);

  it('Hủy stops the export mid-way: no zip and no temp file are left, the archive is as it was', async () => {
    const { dialog, held } = await exportAll('huy.zip');
    // Mid-way: the temp zip is on disk beside where the zip will go.
    expect((await readdir(out.dir)).length).toBeGreaterThan(0);
    const cancelAnswer = app.page.waitForResponse((response) =>
      (response.request().postData() ?? '').includes('"channel":"jobs.cancel"'),
    );
    await dialog.cancel.click();
    // Main took the Cancel while the export was still running (it cannot pass the held article).
    expect(await (await cancelAnswer).json()).toEqual({ ok: true, value: { cancelled: true } });
    await held.release();
    await expect
      .poll(() => app.page.getByText('Đã hủy xuất. Không có tệp nào được để lại.').count(), {
        timeout: 60_000,
      })
      .toBeGreaterThan(0);
    await expect.poll(() => dialog.dialog.count()).toBe(0);
    expect(await readdir(out.dir)).toEqual([]);
    expect(app.host.services.archive.listArticles()).toHaveLength(ARTICLES);
  }, 180_000);
});
