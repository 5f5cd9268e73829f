import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleDraft } from '../../../test-support/article-drafts';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { bodyRelativePath } from './body-store';
import { importArchive } from './archive-transfer';
import { exportSelection, selectionFileName } from './export-selection';

/** What a selection export does with what the archive no longer has: it says so, and goes on. */

let t: TestArchive;
let out: Awaited<ReturnType<typeof makeTempFolder>>;
afterEach(async () => {
  await t?.cleanup();
  await out?.remove();
});

const image = (media: string | null) => ({ media, caption: null, alt: null, originalSrc: null });

describe('exportSelection with parts missing', () => {
  it('counts photos gone from media/ (or never there) as missing, once each, and exports the rest', async () => {
    t = await createTestArchive();
    out = await makeTempFolder('kho-tin-export-');
    const kept = await t.archive.storeMedia(Buffer.from('anh con'), 'png');
    const lost = await t.archive.storeMedia(Buffer.from('anh mat'), 'png');
    await rm(t.archive.mediaPath(lost));
    const first = await t.archive.addArticle(
      sampleDraft(1, { images: [image(kept), image(lost), image(null), image('media/../x.png')] }),
    );
    const second = await t.archive.addArticle(sampleDraft(2, { images: [image(kept)] }));
    const result = await exportSelection(
      t.archive,
      [first.id, second.id],
      path.join(out.dir, 'chon.zip'),
    );
    // The photo deleted and the reference pointing outside media/; the same kept photo once.
    expect(result).toMatchObject({ articles: 2, images: 1, missingImages: 2, missingBodies: [] });
  });

  it('names an article whose body file is damaged as unreadable, and exports the others', async () => {
    t = await createTestArchive({ articles: 2 });
    out = await makeTempFolder('kho-tin-export-');
    const [damaged, kept] = t.seeded;
    await t.archive.idle();
    await writeFile(path.join(t.dir, bodyRelativePath(damaged!.id)), '{"id":');
    const result = await exportSelection(
      t.archive,
      [damaged!.id, kept!.id],
      path.join(out.dir, 'chon.zip'),
    );
    expect(result.articles).toBe(2);
    expect(result.missingBodies).toEqual([
      expect.objectContaining({ id: damaged!.id, title: damaged!.title, reason: 'unreadable' }),
    ]);
  });

  it('refuses a folder as the destination and writes nothing into it', async () => {
    t = await createTestArchive({ articles: 1 });
    out = await makeTempFolder('kho-tin-export-');
    const folder = path.join(out.dir, 'chon.zip');
    await mkdir(folder);
    await expect(
      exportSelection(t.archive, [t.seeded[0]!.id], folder, { overwrite: true }),
    ).rejects.toMatchObject({ code: 'destination-not-writable', detail: folder });
    expect(await readdir(folder)).toEqual([]);
    expect(existsSync(`${folder}.tmp`)).toBe(false);
  });

  it('suggests a file name that says how many articles it holds', () => {
    expect(selectionFileName(12)).toBe('kho-tin-12-tin-bai.zip');
  });
});

describe('exportSelection: what goes with the articles', () => {
  it('carries the chosen articles’ categories to the archive that imports it', async () => {
    t = await createTestArchive({
      articles: [
        sampleDraft(1, { category: 'Kinh tế' }),
        sampleDraft(2, { category: 'Xã hội' }),
        sampleDraft(3, { category: 'Văn hóa' }),
      ],
    });
    out = await makeTempFolder('kho-tin-export-');
    const zipPath = path.join(out.dir, 'chon.zip');
    await exportSelection(t.archive, [t.seeded[0]!.id, t.seeded[2]!.id], zipPath);
    const other = await createTestArchive();
    try {
      await importArchive(other.archive, zipPath, out.dir);
      const names = other.archive.listCategories().map((c) => [c.name, c.count]);
      expect(names.sort()).toEqual([
        ['Kinh tế', 1],
        ['Văn hóa', 1],
      ]);
    } finally {
      await other.cleanup();
    }
  });

  it('names the ids it does not know, at most five', async () => {
    t = await createTestArchive({ articles: 1 });
    out = await makeTempFolder('kho-tin-export-');
    const unknown = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'];
    await expect(
      exportSelection(t.archive, [t.seeded[0]!.id, ...unknown], path.join(out.dir, 'x.zip')),
    ).rejects.toMatchObject({ code: 'not-found', detail: 'k1, k2, k3, k4, k5' });
  });
});
