import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { sampleDraft } from '../../../test-support/article-drafts';
import { contentHash } from './index';
import { textDoc } from '../../../test-support/report-docs';

let t: TestArchive;
afterEach(async () => t?.cleanup());

describe('Archive articles', () => {
  it('keeps an added article, body included, across a restart', async () => {
    t = await createTestArchive();
    const meta = await t.archive.addArticle(sampleDraft(1));
    expect(meta).toMatchObject({
      title: 'Tin số 1: chương trình nông thôn mới',
      read: false,
      starred: false,
      readingPosition: 0,
    });
    expect(meta.importedAt).toMatch(/\+07:00$/);
    expect(meta.wordCount).toBeGreaterThan(10);
    const archive = await t.reopen();
    const article = await archive.getArticle(meta.id);
    expect(article.body?.text).toContain('Ủy ban nhân dân tỉnh');
    expect(archive.listCategories()).toEqual([
      expect.objectContaining({ name: 'Kinh tế - Chính trị', count: 1 }),
    ]);
  });

  it('stores NFD input as NFC and hashes equal texts equally whatever their form or spacing', async () => {
    t = await createTestArchive();
    const nfd = sampleDraft(2, {
      title: 'Hội nghị'.normalize('NFD'),
      text: 'Hội  nghị\nTỈNH'.normalize('NFD'),
    });
    const meta = await t.archive.addArticle(nfd);
    expect(meta.title).toBe('Hội nghị'.normalize('NFC'));
    expect((await t.archive.readBody(meta.id))?.text).toBe('Hội  nghị\nTỈNH'.normalize('NFC'));
    expect(meta.contentHash).toBe(contentHash('hội nghị tỉnh'));
  });

  it('finds a duplicate by source URL or by the same text', async () => {
    t = await createTestArchive({ articles: 2 });
    const [first] = t.seeded;
    expect(t.archive.findDuplicate(sampleDraft(1, { title: 'other' }))?.id).toBe(first!.id);
    expect(t.archive.findDuplicate(sampleDraft(1, { sourceUrl: null }))?.id).toBe(first!.id);
    expect(t.archive.findDuplicate(sampleDraft(9))).toBeUndefined();
  });

  it('saves reader state and metadata edits, and refuses an unknown category', async () => {
    t = await createTestArchive({ articles: 1 });
    const id = t.seeded[0]!.id;
    await t.archive.updateMeta(id, {
      read: true,
      starred: true,
      readingPosition: 0.5,
      title: 'Tiêu đề mới',
    });
    await expect(t.archive.updateMeta(id, { categoryId: 'nope' })).rejects.toMatchObject({
      code: 'not-found',
    });
    const archive = await t.reopen();
    expect(archive.getMeta(id)).toMatchObject({
      read: true,
      starred: true,
      readingPosition: 0.5,
      title: 'Tiêu đề mới',
    });
  });

  it('replaces an article keeping its id and reader state', async () => {
    t = await createTestArchive({ articles: 1 });
    const id = t.seeded[0]!.id;
    await t.archive.updateMeta(id, { starred: true });
    const meta = await t.archive.replaceArticle(id, sampleDraft(1, { text: 'Nội dung đã sửa.' }));
    expect(meta).toMatchObject({ id, starred: true, contentHash: contentHash('Nội dung đã sửa.') });
    expect((await (await t.reopen()).readBody(id))?.text).toBe('Nội dung đã sửa.');
  });

  it('deletes into a trash that Undo empties again, across a restart', async () => {
    t = await createTestArchive({ articles: 3 });
    const ids = t.seeded.map((m) => m.id);
    const changes: string[] = [];
    t.archive.onChange((change) => changes.push(`${change.type}:${change.ids.length}`));
    await t.archive.deleteArticles([ids[0]!, ids[1]!]);
    expect(t.archive.listArticles().map((m) => m.id)).toEqual([ids[2]]);
    let archive = await t.reopen();
    expect(archive.listArticles()).toHaveLength(1);
    await archive.undoDelete([ids[0]!]);
    archive = await t.reopen();
    expect(
      archive
        .listArticles()
        .map((m) => m.id)
        .sort(),
    ).toEqual([ids[0], ids[2]].sort());
    expect((await archive.getArticle(ids[0]!)).body).not.toBeNull();
    expect(changes).toEqual(['deleted:2']);
  });

  it('reports a missing body file as missing while everything else keeps working', async () => {
    t = await createTestArchive({ articles: 2 });
    const [gone, kept] = t.seeded;
    const { rm } = await import('node:fs/promises');
    await rm(path.join(t.dir, 'items', gone!.id.slice(0, 2), `${gone!.id}.json`));
    const archive = await t.reopen();
    await archive.idle();
    expect(archive.isBodyMissing(gone!.id)).toBe(true);
    expect(archive.isBodyMissing(kept!.id)).toBe(false);
    expect((await archive.getArticle(gone!.id)).body).toBeNull();
    expect((await archive.getArticle(kept!.id)).body).not.toBeNull();
    await archive.updateMeta(kept!.id, { read: true });
    expect(archive.status().readOnly).toBe(false);
  });

  it('stores media once by content and refuses paths outside media/', async () => {
    t = await createTestArchive();
    const bytes = new Uint8Array([1, 2, 3]);
    const ref = await t.archive.storeMedia(bytes, '.JPG');
    expect(await t.archive.storeMedia(bytes, 'jpg')).toBe(ref);
    expect(new Uint8Array(await readFile(t.archive.mediaPath(ref)))).toEqual(bytes);
    expect(() => t.archive.mediaPath('media/../catalog.json')).toThrow(/media reference/);
  });
});

describe('Archive categories', () => {
  it('creates a category once per name, renames it and merges one into another', async () => {
    t = await createTestArchive({
      articles: [sampleDraft(1, { category: 'Kinh tế' }), sampleDraft(2, { category: 'Xã hội' })],
    });
    const again = await t.archive.ensureCategory('  kinh   TẾ ');
    expect(t.archive.listCategories()).toHaveLength(2);
    const renamed = await t.archive.renameCategory(again.id, 'Kinh tế - Chính trị');
    const social = t.archive.listCategories().find((c) => c.name === 'Xã hội')!;
    await expect(t.archive.renameCategory(social.id, 'kinh tế - chính trị')).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await t.archive.mergeCategories(social.id, renamed.id);
    const archive = await t.reopen();
    expect(archive.listCategories()).toEqual([
      { id: renamed.id, name: 'Kinh tế - Chính trị', count: 2 },
    ]);
  });
});

describe('Reports', () => {
  it('names a damaged report in verify, and keeps the rest of the archive writable', async () => {
    t = await createTestArchive({ articles: 1 });
    const good = await t.archive.reports.create({ title: 'Tốt' });
    const bad = await t.archive.reports.create({ title: 'Hỏng' });
    await writeFile(path.join(t.dir, 'reports', `${bad.meta.id}.json`), '{"meta":');
    t.archive.reports.reset();
    const report = await t.archive.verify();
    expect(report.problems).toEqual([
      { file: `reports/${bad.meta.id}.json`, reason: expect.stringContaining('JSON') },
    ]);
    expect(report.checked.reports).toBe(2);
    await t.archive.reports.save({
      id: good.meta.id,
      baseRevision: 0,
      content: textDoc('vẫn ghi'),
    });
    expect(t.archive.status().readOnly).toBe(false);
  });

  it('autosaves a report to its own file and lists it after a restart', async () => {
    t = await createTestArchive();
    const first = await t.archive.reports.create({ title: 'Báo cáo tuần' });
    const second = await t.archive.reports.save({
      id: first.meta.id,
      baseRevision: 0,
      title: 'Báo cáo tuần 2',
      content: textDoc('Nội dung'),
    });
    expect(second.createdAt).toBe(first.meta.createdAt);
    const archive = await t.reopen();
    expect(await archive.reports.list()).toMatchObject([second]);
    expect((await archive.reports.get(first.meta.id)).report?.content).toEqual(textDoc('Nội dung'));
  });
});
