import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildReaderArchive,
  HAS_SEED,
  LONG_TITLE,
  READER_CATEGORY,
  SEED_TITLE,
} from '../test-support/fixtures/reader/reader-archive';
import { launchApp, SCREENSHOT_DIR, type AppHarness } from './support/app-harness';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const ARTICLE = HAS_SEED ? SEED_TITLE : LONG_TITLE;
const STEP = 2;

/** For the screenshots: the article from its header, with no control hovered. */
async function showArticleTop(app: AppHarness) {
  await app.page.mouse.move(700, 500);
  await app.page.locator('.reader__scroll').evaluate((element) => (element.scrollTop = 0));
  await nextFrames(app);
}

/** Two animation frames: what the reader does after a scroll (note its place, repaint) is done by then. */
function nextFrames(app: AppHarness): Promise<unknown> {
  return app.page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** The reading position the archive holds for the article titled `title`. */
function savedPosition(app: AppHarness, title: string): number {
  const meta = app.host.services.archive.listArticles().find((a) => a.title.includes(title));
  return meta?.readingPosition ?? 0;
}

describe('an official reads an article comfortably', () => {
  let app: AppHarness;
  beforeAll(async () => {
    if (!HAS_SEED)
      console.warn(
        '[reader e2e] ../shared/fixtures is absent: using the repo’s long article instead of the portal seed',
      );
    app = await launchApp({
      prepare: ({ archiveDir }) => buildReaderArchive(archiveDir),
      viewport: { width: 1280, height: 760 },
    });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  }, 60_000);
  afterAll(() => app?.close());

  it('filters the library by category and opens the article', async () => {
    const library = new LibraryPage(app.page);
    await library.waitForList();
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'library-light.png') });
    await library.chooseCategory(READER_CATEGORY);
    await expect
      .poll(() => library.rowTitles())
      .not.toContain('Thông xe cầu Bến Đá nối đôi bờ sông Trà Giang');
    const titles = await library.rowTitles();
    expect(titles.some((title) => title.includes(ARTICLE))).toBe(true);
    await library.open(ARTICLE);
    await new ReaderPage(app.page).waitForArticle(ARTICLE);
  });

  it('makes the text three steps larger without losing the place', async () => {
    const reader = new ReaderPage(app.page);
    const before = await reader.bodyFontSize();
    await reader.scrollParagraphToTop();
    // The reader notes its place in the frame after a scroll, as a person's scrolling would.
    await nextFrames(app);
    const anchor = await reader.topParagraph();
    expect(anchor.index).toBeGreaterThan(0);
    expect(Math.abs(anchor.offset)).toBeLessThan(2);
    for (let i = 0; i < 3; i++) await reader.larger().click();
    await expect.poll(() => reader.bodyFontSize()).toBe(before + 3 * STEP);
    await expect(reader.sizeShown().textContent()).resolves.toContain(String(before + 3 * STEP));
    const after = await reader.topParagraph();
    expect(after.text).toBe(anchor.text);
    expect(Math.abs(after.offset)).toBeLessThan(4);
  });

  it('keeps the size and the reading position after the app is restarted, and follows Ctrl+= / Ctrl+- / Ctrl+0', async () => {
    const size = await new ReaderPage(app.page).bodyFontSize();
    // The reading position is saved a moment after scrolling stops: wait until the archive has it.
    await expect.poll(() => savedPosition(app, ARTICLE), { timeout: 10_000 }).toBeGreaterThan(0);
    await app.restart();
    const library = new LibraryPage(app.page);
    await library.waitForList();
    await library.chooseCategory(READER_CATEGORY);
    await library.open(ARTICLE);
    const reader = new ReaderPage(app.page);
    await reader.waitForArticle(ARTICLE);
    expect(await reader.bodyFontSize()).toBe(size);
    await expect
      .poll(() => reader.scroller().evaluate((element) => element.scrollTop))
      .toBeGreaterThan(100);
    await reader.smaller().click();
    await reader.smaller().click();
    await reader.smaller().click();
    await expect.poll(() => reader.bodyFontSize()).toBe(size - 3 * STEP);
    await app.page.keyboard.press('Control+=');
    await expect.poll(() => reader.bodyFontSize()).toBe(size - 2 * STEP);
    await app.page.keyboard.press('Control+-');
    await app.page.keyboard.press('Control+-');
    await expect.poll(() => reader.bodyFontSize()).toBe(size - 4 * STEP);
    await app.page.keyboard.press('Control+0');
    await expect.poll(() => reader.bodyFontSize()).toBe(18);
    await app.page.keyboard.press('Control+=');
    await expect.poll(() => reader.bodyFontSize()).toBe(20);
    await showArticleTop(app);
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'reader-light.png') });
  });

  it('switches to the dark theme and back, everywhere', async () => {
    const reader = new ReaderPage(app.page);
    await reader.openAppearance();
    await reader.chooseTheme('Tối');
    await expect
      .poll(() => app.page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    const background = await app.page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    );
    expect(background).toBe('rgb(22, 24, 28)');
    await reader.openAppearance();
    await showArticleTop(app);
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'reader-dark.png') });
    await reader.back();
    const library = new LibraryPage(app.page);
    await library.waitForList();
    await library.chooseCategory('Tất cả tin bài');
    await library.waitForList();
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'library-dark.png') });
    await library.chooseCategory(READER_CATEGORY);
    await library.open(ARTICLE);
    await reader.waitForArticle(ARTICLE);
    await reader.openAppearance();
    await reader.chooseTheme('Giấy cũ');
    await expect
      .poll(() => app.page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('sepia');
    await reader.chooseTheme('Sáng');
    await expect
      .poll(() => app.page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('light');
    await reader.openAppearance();
  });

  it('prints only the article, black on white, in a serif face, with its source', async () => {
    await app.page.emulateMedia({ media: 'print' });
    try {
      const printed = await app.page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        return {
          sidebar: style('.sidebar').display,
          toolbar: style('.reader-toolbar').display,
          color: style('.reader__body').color,
          background: getComputedStyle(document.body).backgroundColor,
          font: style('.reader__body').fontFamily,
          source: style('.reader__source').display,
        };
      });
      expect(printed.sidebar).toBe('none');
      expect(printed.toolbar).toBe('none');
      expect(printed.color).toBe('rgb(0, 0, 0)');
      expect(printed.background).toBe('rgb(255, 255, 255)');
      expect(printed.font).toContain('Noto Serif');
      expect(printed.source).toBe('block');
    } finally {
      await app.page.emulateMedia({ media: 'screen' });
    }
  });

  it('pages through the article with Space and Shift+Space', async () => {
    const reader = new ReaderPage(app.page);
    const scrollTop = () => reader.scroller().evaluate((element) => element.scrollTop);
    await reader.scroller().evaluate((element) => (element.scrollTop = 0));
    await reader.title().click();
    await app.page.keyboard.press('Space');
    await expect.poll(scrollTop).toBeGreaterThan(300);
    await app.page.keyboard.press('Shift+Space');
    await expect.poll(scrollTop).toBeLessThan(5);
  });
});
