import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEARCH_ARTICLES } from '../../../test-support/fixtures/search/articles';
import {
  createSearchTestBed,
  type SearchTestBed,
} from '../../../test-support/fixtures/search/search-archive';

const QUERIES = [
  'hoi nghi ',
  'hội nghị gi',
  'duong ',
  'đường',
  '"hội nghị giao ban"',
  '"giao ban hội nghị"',
  '"quang canh hoi nghi"',
  // Last words of the body, then the caption's first: two fields, so not a phrase.
  '"nhiem vu quang canh"',
  'ky niem -hoi',
];

const answers = async (bed: SearchTestBed) =>
  Promise.all(QUERIES.map((query) => bed.search.query({ query, limit: 200 }))).then((results) =>
    results.map(({ total, hits }) => ({ total, hits })),
  );

describe('search text store', () => {
  let bed: SearchTestBed;

  beforeEach(async () => {
    bed = await createSearchTestBed();
  });
  afterEach(() => bed.cleanup());

  it('keeps every body beside the index after a build', async () => {
    await bed.search.close();
    const table = JSON.parse(
      gunzipSync(await readFile(path.join(bed.indexDir, 'texts.json'))).toString(),
    ) as {
      columns: { gaps: unknown[] };
    };
    expect(table.columns.gaps).toHaveLength(Object.keys(SEARCH_ARTICLES).length);
    await bed.reopenSearch();
  });

  it('answers word and phrase queries exactly as from the archive files', async () => {
    const stored = await answers(bed);
    expect(stored[4]!.total).toBe(2);
    expect(stored[5]!.total).toBe(0);
    expect(stored[6]!.hits.map((h) => h.id)).toEqual([bed.idOf('giaoban')]);
    expect(stored[7]!.total).toBe(0);
    expect(stored.some((r) => r.hits.some((h) => h.snippetHighlights.length > 0))).toBe(true);

    // A folder where the store's file should be: the store cannot open, bodies come from the archive.
    await bed.search.close();
    await rm(path.join(bed.indexDir, 'texts.bin'));
    await mkdir(path.join(bed.indexDir, 'texts.bin'));
    await bed.reopenSearch();
    expect(await answers(bed)).toEqual(stored);
  });

  it('stores the bodies again when its files are lost, without rebuilding the index', async () => {
    await bed.search.close();
    for (const name of await readdir(bed.indexDir))
      if (name.startsWith('texts.')) await rm(path.join(bed.indexDir, name));
    await bed.reopenSearch();
    await bed.search.close();
    const table = JSON.parse(
      gunzipSync(await readFile(path.join(bed.indexDir, 'texts.json'))).toString(),
    ) as {
      columns: { gaps: unknown[] };
    };
    expect(table.columns.gaps).toHaveLength(Object.keys(SEARCH_ARTICLES).length);
    expect(new Set(bed.progress.map((p) => p.jobId)).size).toBe(1);
    await bed.reopenSearch();
  });

  it('shows an edited body at once and stores it for the next start', async () => {
    const id = bed.idOf('giaoban');
    await bed.archive.replaceArticle(id, {
      ...SEARCH_ARTICLES.giaoban,
      text: 'Hội nghị giao ban bàn về mùa nước nổi.',
      captions: [],
    });
    await bed.search.whenIdle();
    const snippet = async () =>
      (await bed.search.query({ query: '"mua nuoc noi"' })).hits.map((h) => h.snippet);
    expect(await snippet()).toEqual(['Hội nghị giao ban bàn về mùa nước nổi.']);
    await bed.reopenSearch();
    expect(await snippet()).toEqual(['Hội nghị giao ban bàn về mùa nước nổi.']);
  });
});
