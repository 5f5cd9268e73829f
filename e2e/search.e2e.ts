import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHarness } from './support/app-harness';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { Archive } from '../main/services/archive';
import { loadSampleArchive } from '../main/services/sample/sample-archive';

describe('an official searches without typing the Vietnamese marks', () => {
  let app: AppHarness;
  let library: LibraryPage;
  beforeAll(async () => {
    app = await launchApp({
      prepare: async ({ archiveDir }) => {
        const archive = await Archive.open(archiveDir);
        await loadSampleArchive(archive);
        await archive.close();
      },
    });
    library = new LibraryPage(app.page);
    await library.waitForList();
  }, 60_000);
  afterAll(() => app?.close());

  it('finds the marked title from an unmarked query and highlights the words', async () => {
    await library.search('thong xe cau');
    await expect
      .poll(() => library.rowTitles(), { timeout: 15_000 })
      .toEqual(['Thông xe cầu Bến Đá nối đôi bờ sông Trà Giang']);
    const marks = await library.rows().first().locator('.article-row__title mark').allInnerTexts();
    expect(marks).toEqual(['Thông', 'xe', 'cầu']);
    expect(await app.page.locator('.library-toolbar__count').textContent()).toContain('1 kết quả');
  });

  it('ranks a search by relevance while it is typed; newest first is one click away', async () => {
    const sort = app.page.getByRole('combobox', { name: 'Sắp xếp' });
    await library.search('');
    await expect.poll(() => sort.inputValue()).toBe('date-desc');
    await library.search('hanh chinh cong');
    await expect.poll(() => sort.inputValue()).toBe('relevance');
    await expect
      .poll(async () => (await library.rowTitles())[0], { timeout: 15_000 })
      .toBe('Tỉnh đưa vào vận hành Trung tâm Phục vụ hành chính công một cấp');
    await app.page.getByRole('button', { name: 'Xếp mới nhất trước' }).click();
    await expect.poll(() => sort.inputValue()).toBe('date-desc');
    await library.search('');
    await expect.poll(() => sort.inputValue()).toBe('date-desc');
  });

  it('matches old and new tone placement alike ("thủy" finds "thuỷ")', async () => {
    await library.search('thủy lợi');
    await expect
      .poll(() => library.rowTitles(), { timeout: 15_000 })
      .toEqual(['Chủ động ứng phó với bão số 6 và mưa lớn diện rộng']);
    const snippetMarks = await library
      .rows()
      .first()
      .locator('.article-row__lead mark')
      .allInnerTexts();
    expect(snippetMarks.map((m) => m.toLowerCase())).toContain('thuỷ');
  });

  it('opens a result with every match marked in the article, and steps through them', async () => {
    await library.search('uy ban');
    await expect.poll(() => library.rows().count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await library.open('bão số 6');
    const reader = new ReaderPage(app.page);
    await reader.waitForArticle();
    await expect.poll(() => reader.marks().count()).toBeGreaterThanOrEqual(4);
    const count = await reader.findCount().textContent();
    expect(count).toMatch(/^1\/\d+$/);
    await reader.findBox().press('Enter');
    expect(await reader.findCount().textContent()).toMatch(/^2\/\d+$/);
    expect(await app.page.locator('.find-match--current').first().textContent()).toMatch(
      /ủy|uỷ|Ủy|Uỷ|ban/,
    );
    await reader.findBox().press('Escape');
    expect(await reader.marks().count()).toBe(0);
  });

  it('finds words inside the article with Ctrl+F', async () => {
    const reader = new ReaderPage(app.page);
    await reader.body().click();
    await app.page.keyboard.press('Control+f');
    await reader.findBox().fill('ho chua');
    await expect.poll(() => reader.marks().allInnerTexts()).toEqual(['hồ', 'chứa']);
  });
});
