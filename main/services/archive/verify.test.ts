import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleDraft } from '../../../test-support/article-drafts';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { bodyRelativePath } from './body-store';

let t: TestArchive;
afterEach(async () => t?.cleanup());

const image = (media: string | null) => ({
  media,
  caption: null,
  alt: null,
  originalSrc: null,
});

describe('Archive.verify', () => {
  it('counts every body (trash too), each image once and every report, and finds nothing wrong in a sound archive', async () => {
    t = await createTestArchive();
    const photo = await t.archive.storeMedia(new Uint8Array([1, 2, 3]), 'jpg');
    const other = await t.archive.storeMedia(new Uint8Array([4, 5]), 'png');
    const a = await t.archive.addArticle(sampleDraft(1, { images: [image(photo), image(null)] }));
    await t.archive.addArticle(sampleDraft(2, { images: [image(photo), image(other)] }));
    await t.archive.addArticle(sampleDraft(3));
    await t.archive.deleteArticles([a.id]);
    await t.archive.reports.create({ title: 'Báo cáo' });
    const old = await t.archive.reports.create({ title: 'Báo cáo cũ' });
    await t.archive.reports.delete(old.meta.id);
    const report = await t.archive.verify();
    expect(report).toEqual({
      problems: [],
      warnings: [],
      checked: { articles: 3, reports: 2, media: 2 },
    });
  });

  it('names a missing body, a damaged body, a missing image and the leftovers of an interrupted save', async () => {
    t = await createTestArchive();
    const photo = await t.archive.storeMedia(new Uint8Array([7, 7, 7]), 'jpg');
    const gone = await t.archive.addArticle(sampleDraft(1));
    const damaged = await t.archive.addArticle(sampleDraft(2));
    await t.archive.addArticle(sampleDraft(3, { images: [image(photo)] }));
    await t.archive.idle();
    await rm(path.join(t.dir, bodyRelativePath(gone.id)));
    await writeFile(path.join(t.dir, bodyRelativePath(damaged.id)), '{"id":');
    await rm(t.archive.mediaPath(photo));
    const stray = 'zz0000000000000000000000';
    await mkdir(path.join(t.dir, 'items', 'zz'), { recursive: true });
    await writeFile(path.join(t.dir, bodyRelativePath(stray)), '{}');
    await writeFile(path.join(t.dir, '.catalog.jsonl.1234.tmp'), 'half');
    const report = await t.archive.verify();
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { file: bodyRelativePath(gone.id), reason: 'body file missing' },
        { file: bodyRelativePath(damaged.id), reason: expect.stringMatching(/JSON/) },
        { file: photo, reason: 'image file missing' },
      ]),
    );
    expect(report.problems).toHaveLength(3);
    expect(report.warnings).toEqual([
      {
        file: bodyRelativePath(stray),
        reason: 'body file not in the catalogue (left by an interrupted save)',
      },
      { file: '.catalog.jsonl.1234.tmp', reason: 'temporary file left by an interrupted save' },
    ]);
    expect(report.checked).toEqual({ articles: 3, reports: 0, media: 1 });
  });

  it('tells its progress in steps of 16 bodies, ending at the total', async () => {
    t = await createTestArchive({ articles: 17 });
    const steps: [number, number][] = [];
    const report = await t.archive.verify((done, total) => steps.push([done, total]));
    expect(report.checked.articles).toBe(17);
    expect(steps).toEqual([
      [16, 17],
      [17, 17],
    ]);
  });
});
