import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../main/services/archive';
import { loadSampleArchive } from '../main/services/sample/sample-archive';
import { LibraryPage } from './pages/library-page';
import { launchApp, type AppHarness } from './support/app-harness';

describe('an official empties the trash', () => {
  let app: AppHarness;
  let library: LibraryPage;
  beforeAll(async () => {
    app = await launchApp({
      viewport: { width: 1280, height: 800 },
      prepare: async ({ archiveDir }) => {
        const archive = await Archive.open(archiveDir);
        await loadSampleArchive(archive);
        const [first, second] = archive.listArticles();
        await archive.deleteArticles([first!.id, second!.id]);
        await archive.close();
      },
    });
    library = new LibraryPage(app.page);
    await library.waitForList();
  }, 60_000);
  afterAll(() => app?.close());

  it('sees how many articles the trash holds, confirms, and the trash is empty', async () => {
    const button = app.page.getByRole('button', { name: 'Dọn thùng rác (2)' });
    await button.waitFor();
    await button.click();
    expect(await app.page.getByText('Xóa hẳn 2 tin bài trong thùng rác?').isVisible()).toBe(true);
    await app.page.screenshot({ path: 'test-results/trash-confirm.png' });
    await app.page.getByRole('button', { name: 'Xóa hẳn' }).click();
    const emptied = app.page.getByRole('button', { name: 'Dọn thùng rác (0)' });
    await emptied.waitFor();
    expect(await emptied.isDisabled()).toBe(true);
    await expect.poll(() => library.rows().count()).toBe(4);
  });
});
