import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';
import { errorMessage } from '../../../shared/i18n/resources';
import { sampleDraft } from '../../../test-support/article-drafts';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { importArchive } from './archive-transfer';
import { bodyRelativePath } from './body-store';
import { EXPORT_MANIFEST, exportSelection } from './export-selection';

/** Every entry of the zip, name → bytes, read back with the same library a user's tools follow. */
function unzip(zipPath: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true }, (error, zip) => {
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

/** A distinct small "photo" per article, so every article brings its own media entry. */
const photo = (n: number) => Buffer.concat([PNG, Buffer.from(`anh-${n}`)]);

/** `count` articles, each with its own photo (`bytes` of noise when given, which no zip shrinks). */
async function withImages(handle: TestArchive, count: number, bytes = 0) {
  const ids: string[] = [];
  for (let n = 1; n <= count; n++) {
    const image = bytes > 0 ? Buffer.concat([PNG, randomBytes(bytes)]) : photo(n);
    const ref = await handle.archive.storeMedia(image, 'png');
    const meta = await handle.archive.addArticle(
      sampleDraft(100 + n, {
        title: `Khánh thành cầu số ${n}`,
        html: `<p>Cây cầu số ${n}.</p><figure><img src="${ref}" alt="Cầu ${n}"></figure>`,
        images: [{ media: ref, caption: `Cầu ${n}`, alt: `Cầu ${n}`, originalSrc: null }],
      }),
    );
    ids.push(meta.id);
  }
  return ids;
}

describe('exportSelection', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  async function setUp(articles = 0) {
    const handle = await createTestArchive({ articles });
    const out = await makeTempFolder('kho-tin-export-');
    cleanups.push(handle.cleanup, out.remove);
    return { handle, out: out.dir };
  }

  it('puts one readable HTML page per article in the zip, with its images beside it', async () => {
    const { handle, out } = await setUp(3);
    const [withImage] = await withImages(handle, 1);
    const zipPath = path.join(out, 'chon.zip');
    const result = await exportSelection(
      handle.archive,
      [handle.seeded[0]!.id, withImage!],
      zipPath,
    );
    expect(result).toMatchObject({ path: zipPath, articles: 2, images: 1, missingBodies: [] });
    const files = await unzip(zipPath);
    const pages = [...files.keys()].filter((name) => name.endsWith('.html')).sort();
    expect(pages).toEqual([
      '2020-07-02-tin-so-1-chuong-trinh-nong-thon-moi.html',
      '2020-07-18-khanh-thanh-cau-so-1.html',
    ]);
    const page = files.get(pages[1]!)!.toString('utf8');
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>Khánh thành cầu số 1</title>');
    expect(page).toContain('Cây cầu số 1.');
    expect(page).toContain('Kinh tế - Chính trị');
    const ref = /src="(media\/[0-9a-f]+\.png)"/.exec(page)![1]!;
    expect(files.get(ref)).toEqual(photo(1));
    expect(result.bytes).toBe((await readFile(zipPath)).length);
    // The zip writer's temp file and central-directory side file are gone.
    expect(await readdir(out)).toEqual(['chon.zip']);
  });

  it('round trip: a selection with images exported here merges into another archive with import-archive', async () => {
    const { handle, out } = await setUp(4);
    const ids = [handle.seeded[1]!.id, ...(await withImages(handle, 3))];
    const zipPath = path.join(out, 'chon.zip');
    await exportSelection(handle.archive, ids, zipPath);

    const other = await createTestArchive({ articles: 1 });
    cleanups.push(other.cleanup);
    const summary = await importArchive(other.archive, zipPath, out);
    expect(summary).toMatchObject({ added: 4, duplicates: 0, missingBodies: 0, media: 3 });
    const titles = other.archive.listArticles().map((meta) => meta.title);
    for (const id of ids) expect(titles).toContain(handle.archive.getMeta(id)!.title);
    const bridge = other.archive.listArticles().find((m) => m.title === 'Khánh thành cầu số 2')!;
    const body = (await other.archive.readBody(bridge.id))!;
    expect(body.html).toContain('Cây cầu số 2.');
    expect(await readFile(other.archive.mediaPath(body.images[0]!.media!))).toEqual(photo(2));
    expect(other.archive.listCategories().map((c) => c.name)).toContain('Kinh tế - Chính trị');
    // Once more: everything is already there, nothing is added twice.
    expect(await importArchive(other.archive, zipPath, out)).toMatchObject({
      added: 0,
      duplicates: 4,
    });
  });

  it('notes an article whose body file is gone in the manifest and on its page, and still exports the rest', async () => {
    const { handle, out } = await setUp(3);
    const gone = handle.seeded[1]!;
    await rm(path.join(handle.dir, bodyRelativePath(gone.id)));
    const zipPath = path.join(out, 'chon.zip');
    const result = await exportSelection(
      handle.archive,
      handle.seeded.map((m) => m.id),
      zipPath,
    );
    expect(result.missingBodies).toEqual([
      expect.objectContaining({ id: gone.id, title: gone.title, reason: 'missing' }),
    ]);
    const files = await unzip(zipPath);
    const manifest = JSON.parse(files.get(EXPORT_MANIFEST)!.toString('utf8'));
    expect(manifest).toMatchObject({
      format: 'kho-tin-selection',
      version: 1,
      articles: 3,
      missingBodies: [{ id: gone.id, reason: 'missing' }],
    });
    const page = files.get(result.missingBodies[0]!.page)!.toString('utf8');
    expect(page).toContain('Nội dung bài này không còn trong kho khi xuất.');
    const other = await createTestArchive();
    cleanups.push(other.cleanup);
    expect(await importArchive(other.archive, zipPath, out)).toMatchObject({
      added: 2,
      missingBodies: 1,
    });
  });

  it('a cancel half-way leaves no zip and no temp file, and the archive untouched', async () => {
    const { handle, out } = await setUp(2);
    const ids = [...handle.seeded.map((m) => m.id), ...(await withImages(handle, 20))];
    await handle.archive.idle();
    const catalogBefore = await readFile(path.join(handle.dir, 'catalog.jsonl'));
    const controller = new AbortController();
    const seen: number[] = [];
    const attempt = exportSelection(handle.archive, ids, path.join(out, 'chon.zip'), {
      signal: controller.signal,
      onProgress: (done, total, bytes) => {
        seen.push(bytes);
        if (done === total / 2) controller.abort();
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBeGreaterThan(0);
    expect(await readdir(out)).toEqual([]);
    expect(handle.archive.listArticles()).toHaveLength(22);
    expect(await readFile(path.join(handle.dir, 'catalog.jsonl'))).toEqual(catalogBefore);
  });

  it('a cancel once every article is written (catalogue, manifest, fsync) still leaves no zip', async () => {
    const { handle, out } = await setUp(2);
    const ids = [...handle.seeded.map((m) => m.id), ...(await withImages(handle, 3))];
    const controller = new AbortController();
    const attempt = exportSelection(handle.archive, ids, path.join(out, 'muon.zip'), {
      signal: controller.signal,
      // The last progress comes after the manifest, just before the zip is committed.
      onProgress: (done, total) => {
        if (done === total) controller.abort();
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'cancelled' });
    expect(await readdir(out)).toEqual([]);
    expect(handle.archive.listArticles()).toHaveLength(5);
  });

  it('says in Vietnamese and English that a destination folder that does not exist cannot be written', async () => {
    const { handle, out } = await setUp(1);
    const attempt = exportSelection(
      handle.archive,
      [handle.seeded[0]!.id],
      path.join(out, 'khong-co', 'x.zip'),
    );
    await expect(attempt).rejects.toMatchObject({ code: 'destination-not-writable' });
    expect(errorMessage('destination-not-writable', 'vi')).toContain(
      'Không ghi được vào nơi đã chọn',
    );
    expect(errorMessage('destination-not-writable', 'en')).toContain(
      'Cannot write to the chosen place',
    );
    // A file where a folder should be fails the same way.
    await writeFile(path.join(out, 'tep'), 'x');
    await expect(
      exportSelection(handle.archive, [handle.seeded[0]!.id], path.join(out, 'tep', 'x.zip')),
    ).rejects.toMatchObject({ code: 'destination-not-writable' });
    expect(await readdir(out)).toEqual(['tep']);
  });

  it('refuses a relative path instead of writing wherever the app happens to run', async () => {
    const { handle } = await setUp(1);
    await expect(
      exportSelection(handle.archive, [handle.seeded[0]!.id], 'chon.zip'),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(existsSync('chon.zip')).toBe(false);
  });

  it('does not overwrite a file already at the destination unless told to', async () => {
    const { handle, out } = await setUp(1);
    const zipPath = path.join(out, 'chon.zip');
    await writeFile(zipPath, 'bản cũ');
    await expect(
      exportSelection(handle.archive, [handle.seeded[0]!.id], zipPath),
    ).rejects.toMatchObject({ code: 'file-exists' });
    expect(await readFile(zipPath, 'utf8')).toBe('bản cũ');
    await exportSelection(handle.archive, [handle.seeded[0]!.id], zipPath, { overwrite: true });
    expect((await unzip(zipPath)).size).toBeGreaterThan(1);
  });

  it('on a full disk says so and leaves no partial zip', async (context) => {
    const { handle, out } = await setUp(0);
    const small = path.join(out, 'small');
    await mkdir(small);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', small], { stdio: 'ignore' });
    } catch {
      context.skip(
        'a tiny tmpfs cannot be mounted here (needs root): the disk-full case is not run',
      );
    }
    cleanups.push(async () => {
      execFileSync('umount', [small]);
    });
    // Three 40 KB photos do not fit in 64 KB: the disk fills during the export.
    const ids = await withImages(handle, 3, 40 * 1024);
    const attempt = exportSelection(handle.archive, ids, path.join(small, 'chon.zip'));
    await expect(attempt).rejects.toMatchObject({ code: 'disk-full' });
    expect(await readdir(small)).toEqual([]);
  });

  it('refuses the whole export when an id is not in the archive', async () => {
    const { handle, out } = await setUp(1);
    const attempt = exportSelection(
      handle.archive,
      [handle.seeded[0]!.id, 'khong-co'],
      path.join(out, 'x.zip'),
    );
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'not-found' });
    expect(await readdir(out)).toEqual([]);
  });

  it('gives a hostile title a safe file name and escaped HTML, and keeps names unique', async () => {
    const hostile = sampleDraft(1, { title: '../../x<script>alert(1)</script>' });
    const handle = await createTestArchive({
      articles: [hostile, { ...hostile, text: 'Khác', html: '<p>Khác</p>' }],
    });
    const out = await makeTempFolder('kho-tin-export-');
    cleanups.push(handle.cleanup, out.remove);
    const zipPath = path.join(out.dir, 'x.zip');
    await exportSelection(
      handle.archive,
      handle.seeded.map((meta) => meta.id),
      zipPath,
    );
    const files = await unzip(zipPath);
    const names = [...files.keys()].filter((name) => name.endsWith('.html')).sort();
    expect(names).toEqual([
      '2020-07-02-x-script-alert-1-script-2.html',
      '2020-07-02-x-script-alert-1-script.html',
    ]);
    const page = files.get(names[0]!)!.toString('utf8');
    expect(page).toContain('<title>../../x&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(page).not.toContain('<script>');
  });
});
