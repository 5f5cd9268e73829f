import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyRelativePath } from '../archive/body-store';
import { SEARCH_ARTICLES } from '../../../test-support/fixtures/search/articles';
import {
  createSearchTestBed,
  type SearchTestBed,
} from '../../../test-support/fixtures/search/search-archive';

const ids = async (bed: SearchTestBed, query: string) =>
  (await bed.search.query({ query, limit: 200 })).hits.map((h) => h.id).sort();
const reindexJobs = (bed: SearchTestBed) =>
  new Set(bed.progress.filter((p) => p.kind === 'reindex').map((p) => p.jobId)).size;

describe('search index lifecycle', () => {
  let bed: SearchTestBed;

  beforeEach(async () => {
    bed = await createSearchTestBed();
  });
  afterEach(() => bed.cleanup());

  it('builds the index in the background when missing, then persists it in index/', async () => {
    expect(reindexJobs(bed)).toBe(1);
    expect(bed.progress.at(-1)).toMatchObject({ kind: 'reindex', state: 'done' });
    expect(bed.search.status()).toEqual({
      state: 'ready',
      documents: Object.keys(SEARCH_ARTICLES).length,
      jobId: null,
    });
    const files = await readdir(bed.indexDir);
    expect(files).toContain('manifest.json');
    expect(files.some((f) => f.startsWith('postings-'))).toBe(true);
  });

  it('loads the persisted index at the next start without rebuilding', async () => {
    const before = await ids(bed, 'hoi nghi ');
    await bed.reopenSearch();
    expect(reindexJobs(bed)).toBe(1);
    expect(bed.search.status().state).toBe('ready');
    expect(await ids(bed, 'hoi nghi ')).toEqual(before);
    expect(before).toHaveLength(3);
    expect(await ids(bed, '"hội nghị giao ban"')).toHaveLength(2);
  });

  it('finds phrases even when the follower bits file is lost', async () => {
    const next = (await readdir(bed.indexDir)).find((f) => f.startsWith('next-'))!;
    await writeFile(path.join(bed.indexDir, next), 'short');
    await bed.reopenSearch();
    expect(reindexJobs(bed)).toBe(1);
    expect(await ids(bed, '"hội nghị giao ban"')).toHaveLength(2);
    expect(await ids(bed, '"giao ban hội nghị"')).toEqual([]);
  });

  it('leaves a damaged body out of the index and names it among the archive problems', async () => {
    const damaged = bed.idOf('giaoban');
    const file = bodyRelativePath(damaged);
    const good = await readFile(path.join(bed.dir, file), 'utf8');
    await writeFile(path.join(bed.dir, file), '{"id": "cut off');
    await rm(bed.indexDir, { recursive: true, force: true });
    await bed.reopenSearch();
    expect(bed.search.status().documents).toBe(Object.keys(SEARCH_ARTICLES).length - 1);
    expect(await ids(bed, 'giao ban')).not.toContain(damaged);
    expect(bed.archive.status().problems).toContainEqual(
      expect.objectContaining({ file, reason: expect.stringContaining('JSON') }),
    );
    await writeFile(path.join(bed.dir, file), good);
    await bed.reopenSearch();
    expect(await ids(bed, 'giao ban')).toContain(damaged);
  });

  it('finds a newly added article by the word being typed (no stale prefix cache)', async () => {
    const before = await ids(bed, 'gi');
    expect(before.length).toBeGreaterThan(0);
    const added = await bed.archive.addArticle({
      ...SEARCH_ARTICLES.bodyOnly,
      title: 'Giữ gìn bản sắc',
      sourceUrl: 'https://x.vn/giu-gin',
      text: 'Bảo tồn.',
    });
    await bed.search.whenIdle();
    expect(await ids(bed, 'gi')).toEqual([...before, added.id].sort());
  });

  it('follows articles added, replaced, re-marked and deleted', async () => {
    const added = await bed.archive.addArticle({
      ...SEARCH_ARTICLES.giaoban,
      title: 'Lễ hội đua ghe ngo',
      sourceUrl: 'https://x.vn/ghe',
      text: 'Đua ghe ngo truyền thống.',
      lead: '',
      captions: [],
    });
    await bed.search.whenIdle();
    expect(await ids(bed, 'ghe ngo ')).toEqual([added.id]);
    const before = await bed.search.query({ query: 'le hoi ' });
    expect(before.hits.find((h) => h.id === added.id)?.snippet).toBe('Đua ghe ngo truyền thống.');

    await bed.archive.replaceArticle(added.id, {
      ...SEARCH_ARTICLES.giaoban,
      title: 'Lễ hội Oóc Om Bóc',
      sourceUrl: 'https://x.vn/ghe',
      text: 'Cúng trăng.',
      lead: '',
      captions: [],
    });
    await bed.search.whenIdle();
    expect(await ids(bed, 'ghe ngo ')).toEqual([]);
    expect(await ids(bed, 'ooc om boc ')).toEqual([added.id]);
    // The snippet comes from the new body, not a copy kept from before the edit.
    const after = await bed.search.query({ query: 'le hoi ' });
    expect(after.hits.find((h) => h.id === added.id)?.snippet).toBe('Cúng trăng.');

    const target = bed.idOf('duongLich');
    await bed.archive.updateMeta(target, { title: 'Mừng năm mới' });
    await bed.search.whenIdle();
    expect(await ids(bed, 'mung nam moi ')).toEqual([target]);

    await bed.archive.deleteArticles([bed.idOf('nghiDinh')]);
    await bed.search.whenIdle();
    expect(await ids(bed, 'van thu ')).toEqual([]);
    expect(bed.search.status().documents).toBe(Object.keys(SEARCH_ARTICLES).length);
  });

  it('sees a category renamed or merged without a restart', async () => {
    const target = bed.idOf('nongThon');
    const categoryId = bed.archive.getMeta(target)!.categoryId!;
    await bed.archive.renameCategory(categoryId, 'Khuyến ngư');
    await bed.search.whenIdle();
    expect(await ids(bed, 'khuyen ngu ')).toEqual([target]);

    const into = bed.archive.getMeta(bed.idOf('giaoban'))!.categoryId!;
    await bed.archive.mergeCategories(categoryId, into);
    await bed.search.whenIdle();
    expect(await ids(bed, 'khuyen ngu ')).toEqual([]);
    expect(await ids(bed, 'kinh te chinh tri ')).toContain(target);
  });

  it('keeps changes across a restart (saved on close)', async () => {
    const added = await bed.archive.addArticle({
      ...SEARCH_ARTICLES.giaoban,
      title: 'Hội thi Đờn ca tài tử',
      sourceUrl: 'https://x.vn/don-ca',
      text: 'Đờn ca tài tử Nam Bộ.',
      lead: '',
      captions: [],
    });
    await bed.search.whenIdle();
    await bed.reopenSearch();
    expect(await ids(bed, 'don ca tai tu ')).toEqual([added.id]);
  });

  it('catches up with changes made while search was closed', async () => {
    await bed.search.close();
    const added = await bed.archive.addArticle({
      ...SEARCH_ARTICLES.giaoban,
      title: 'Ngày hội Văn hóa dân tộc Khmer',
      sourceUrl: 'https://x.vn/khmer',
      text: 'Khmer.',
      lead: '',
      captions: [],
    });
    await bed.archive.deleteArticles([bed.idOf('upper')]);
    await bed.reopenSearch();
    expect(await ids(bed, 'khmer ')).toEqual([added.id]);
    expect(await ids(bed, 'ubnd ')).toEqual([]);
  });

  it('rebuilds an index from another version', async () => {
    const manifestPath = path.join(bed.indexDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { format: number };
    await writeFile(manifestPath, JSON.stringify({ ...manifest, format: manifest.format + 100 }));
    await bed.reopenSearch();
    expect(reindexJobs(bed)).toBe(2);
    expect(await ids(bed, 'duong ')).toHaveLength(3);
    const rewritten = JSON.parse(await readFile(manifestPath, 'utf8')) as { format: number };
    expect(rewritten.format).toBe(manifest.format);
  });

  it('rebuilds a damaged index instead of failing', async () => {
    const postings = (await readdir(bed.indexDir)).find((f) => f.startsWith('postings-'))!;
    await writeFile(path.join(bed.indexDir, postings), 'garbage');
    await bed.reopenSearch();
    expect(reindexJobs(bed)).toBe(2);
    expect(await ids(bed, 'duong ')).toHaveLength(3);
  });

  it('rebuilds when most of the archive changed while closed', async () => {
    await bed.search.close();
    for (let n = 0; n < 8; n++) {
      await bed.archive.addArticle({
        ...SEARCH_ARTICLES.bodyOnly,
        title: `Bản tin số ${n}`,
        sourceUrl: `https://x.vn/${n}`,
        text: `Bản tin thời sự số ${n}.`,
      });
    }
    await bed.reopenSearch();
    expect(reindexJobs(bed)).toBe(2);
    expect(await ids(bed, 'ban tin thoi su ')).toHaveLength(8);
  });

  it('reports building while a requested rebuild runs and keeps answering from the previous index', async () => {
    const { jobId } = bed.search.reindex();
    expect(bed.search.status()).toMatchObject({ state: 'building', jobId });
    expect(bed.search.reindex().jobId).toBe(jobId);
    // The previous index keeps answering during the rebuild.
    expect(await ids(bed, 'duong ')).toHaveLength(3);
    await bed.search.whenIdle();
    expect(bed.search.status()).toMatchObject({ state: 'ready', jobId: null });
  });
});
