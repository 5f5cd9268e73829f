import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { launchApp, type AppHarness } from './support/app-harness';
import { LibraryPage } from './pages/library-page';

const BRIDGE = 'Thông xe cầu Bến Đá nối đôi bờ sông Trà Giang';
const STORM = 'Chủ động ứng phó với bão số 6 và mưa lớn diện rộng';

/** The .html pages in a saved zip, name → text. */
function htmlPages(bytes: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const pages = new Map<string, string>();
      zip.on('error', reject);
      zip.on('end', () => resolve(pages));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('.html')) return zip.readEntry();
        zip.openReadStream(entry, async (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          pages.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
      });
      zip.readEntry();
    });
  });
}

describe('an official exports selected articles from the library', () => {
  let app: AppHarness;
  let library: LibraryPage;
  beforeAll(async () => {
    app = await launchApp();
    library = new LibraryPage(app.page);
    await app.page.getByRole('button', { name: 'Nạp kho mẫu' }).click();
    await library.waitForList();
  }, 60_000);
  afterAll(() => app?.close());

  it('selects two articles with Ctrl+click and saves them as a zip of two HTML pages', async () => {
    await expect.poll(() => library.rows().count()).toBe(6);
    await library.row(BRIDGE).click({ modifiers: ['Control'] });
    await library.row(STORM).click({ modifiers: ['Control'] });
    const bar = app.page.locator('.selection-bar');
    const downloaded = app.page.waitForEvent('download');
    await bar.getByRole('button', { name: 'Xuất' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('kho-tin-2-tin-bai.zip');
    const saved = path.join(app.userDataDir, download.suggestedFilename());
    await download.saveAs(saved);
    const pages = await htmlPages(await readFile(saved));
    expect(pages.size).toBe(2);
    const texts = [...pages.values()].join('\n');
    expect(texts).toContain(`<title>${BRIDGE}</title>`);
    expect(texts).toContain(`<title>${STORM}</title>`);
    expect(
      [...pages.keys()].every((name) => /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.html$/.test(name)),
    ).toBe(true);
    await expect.poll(() => app.page.getByText('Đã xuất 2 tin bài.').count()).toBeGreaterThan(0);
  });
});
