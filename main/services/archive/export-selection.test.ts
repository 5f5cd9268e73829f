import { afterEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';
import { sampleDraft } from '../../../test-support/article-drafts';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { exportSelection } from './export-selection';

/** Every entry of the zip, name → bytes, read back with the same library a user's tools follow. */
function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, async (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          files.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
      zip.readEntry();
    });
  });
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');

describe('exportSelection', () => {
  let handle: TestArchive | undefined;
  afterEach(async () => {
    await handle?.cleanup();
    handle = undefined;
  });

  it('puts one readable HTML page per article in the zip, with its images beside it', async () => {
    handle = await createTestArchive({ articles: 3 });
    const ref = await handle.archive.storeMedia(PNG, 'png');
    const withImage = await handle.archive.addArticle(
      sampleDraft(9, {
        title: 'Khánh thành cầu Đại Ngãi',
        html: `<p>Cây cầu dài nhất miền Tây.</p><figure><img src="${ref}" alt="Cầu"></figure>`,
        images: [{ media: ref, caption: 'Cầu', alt: 'Cầu', originalSrc: null }],
      }),
    );
    const ids = [handle.seeded[0]!.id, withImage.id];
    const result = await exportSelection(handle.archive, ids);
    expect(result.fileName).toBe('kho-tin-2-tin-bai.zip');
    const files = await unzip(result.bytes);
    const pages = [...files.keys()].filter((name) => name.endsWith('.html')).sort();
    expect(pages).toEqual([
      '2020-07-02-tin-so-1-chuong-trinh-nong-thon-moi.html',
      '2020-07-10-khanh-thanh-cau-dai-ngai.html',
    ]);
    const page = files.get(pages[1]!)!.toString('utf8');
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>Khánh thành cầu Đại Ngãi</title>');
    expect(page).toContain('Cây cầu dài nhất miền Tây.');
    expect(page).toContain('10/07/2020 13:25');
    expect(page).toContain('Kinh tế - Chính trị');
    expect(page).toContain('https://example.gov.vn/tin-tuc/9');
    expect(page).toContain(`src="${ref}"`);
    expect(files.get(ref)).toEqual(PNG);
  });

  it('refuses the whole export when an id is not in the archive', async () => {
    handle = await createTestArchive({ articles: 1 });
    const attempt = exportSelection(handle.archive, [handle.seeded[0]!.id, 'khong-co']);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'not-found' });
  });

  it('gives a hostile title a safe file name and escaped HTML, and keeps names unique', async () => {
    const hostile = sampleDraft(1, { title: '../../x<script>alert(1)</script>' });
    handle = await createTestArchive({
      articles: [hostile, { ...hostile, text: 'Khác', html: '<p>Khác</p>' }],
    });
    const files = await unzip(
      (
        await exportSelection(
          handle.archive,
          handle.seeded.map((meta) => meta.id),
        )
      ).bytes,
    );
    const names = [...files.keys()].sort();
    expect(names).toEqual([
      '2020-07-02-x-script-alert-1-script-2.html',
      '2020-07-02-x-script-alert-1-script.html',
    ]);
    const page = files.get(names[0]!)!.toString('utf8');
    expect(page).toContain('<title>../../x&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(page).not.toContain('<script>');
  });
});
