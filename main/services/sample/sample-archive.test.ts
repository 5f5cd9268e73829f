import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { defaultSampleDir, loadSampleArchive } from './sample-archive';

describe('the sample archive offered by the empty library', () => {
  let test: TestArchive | null = null;
  afterEach(async () => {
    await test?.cleanup();
    test = null;
  });

  it('adds between five and eight Vietnamese articles in several categories, with dates and authors', async () => {
    test = await createTestArchive();
    const { added, skipped } = await loadSampleArchive(test.archive);
    expect(skipped).toBe(0);
    expect(added).toBeGreaterThanOrEqual(5);
    expect(added).toBeLessThanOrEqual(8);
    const articles = test.archive.listArticles();
    expect(articles).toHaveLength(added);
    expect(new Set(articles.map((a) => a.categoryId)).size).toBeGreaterThanOrEqual(4);
    for (const meta of articles) {
      expect(meta.publishedAt).toMatch(/\+07:00$/);
      expect(meta.author).toBeTruthy();
      expect(meta.wordCount).toBeGreaterThan(50);
    }
  });

  it('stores the illustration in media/ and points the body at it, with its caption', async () => {
    test = await createTestArchive();
    await loadSampleArchive(test.archive);
    const withImage = test.archive.listArticles().find((meta) => meta.title.includes('Bến Đá'))!;
    const article = await test.archive.getArticle(withImage.id);
    const ref = article.body!.images[0]!.media!;
    expect(ref).toMatch(/^media\/[0-9a-f]{64}\.png$/);
    expect(article.body!.html).toContain(`src="${ref}"`);
    expect(article.body!.html).toContain('<figcaption>');
    expect(article.body!.captions[0]).toContain('Cầu Bến Đá');
  });

  it('adds nothing the second time', async () => {
    test = await createTestArchive();
    const first = await loadSampleArchive(test.archive);
    const second = await loadSampleArchive(test.archive);
    expect(second).toEqual({ added: 0, skipped: first.added });
    expect(test.archive.listArticles()).toHaveLength(first.added);
  });

  it('says which file is wrong when the sample is damaged, and adds nothing', async () => {
    test = await createTestArchive();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-sample-'));
    try {
      await writeFile(path.join(dir, 'articles.json'), '{ "site": "x", "articles": [ { "title": ');
      const error = await loadSampleArchive(test.archive, dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('unreadable-file');
      expect((error as AppError).detail).toContain('articles.json');
      expect(test.archive.listArticles()).toHaveLength(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('finds the shipped sample from the source tree', () => {
    expect(defaultSampleDir()).toMatch(/assets[\\/]sample$/);
  });
});
