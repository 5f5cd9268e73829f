import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticleDraft } from '../../../bench/generator/generate-article';
import { createRng } from '../../../bench/generator/prng';
import { splitWords } from '../../../shared/text/vietnamese';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { EventBus } from '../event-bus';
import { JobRunner } from '../jobs';
import { idleBytes, MAX_IDLE } from './phrase-arrays';
import { SearchService } from './search-service';

/**
 * Phrase queries keep their matches in pooled arrays across their awaits (reading and checking
 * bodies). Two queries running at once must each keep their own: answers the same as one at a
 * time, and the pool holds no more than a couple of idle sets.
 */
describe('phrase queries on pooled arrays', () => {
  let bed: TestArchive;
  let search: SearchService;
  let queries: string[];

  beforeAll(async () => {
    const rng = createRng(23);
    const drafts = Array.from({ length: 400 }, () => generateArticleDraft(rng));
    bed = await createTestArchive({ articles: drafts });
    search = SearchService.open({
      source: bed.archive,
      indexDir: path.join(bed.dir, 'index'),
      jobs: new JobRunner(new EventBus()),
    });
    await search.whenIdle();
    // Common pairs of words (many candidates, several batches of reads each) and rarer runs.
    queries = drafts.slice(0, 24).map((draft, i) => {
      const words = splitWords(draft.text).map((w) => w.text);
      const start = (i * 7) % Math.max(1, words.length - 4);
      return `"${words.slice(start, start + 2 + (i % 3)).join(' ')}"`;
    });
    queries.push('"của các"', '"trong năm"', '"và các"', '"cua cac" "trong nam"');
  }, 120_000);

  afterAll(async () => {
    await search.close();
    await bed.cleanup();
  });

  const ask = (query: string, offset = 0) => search.query({ query, limit: 20, offset });
  const shape = (result: Awaited<ReturnType<typeof ask>>) => ({
    total: result.total,
    ids: result.hits.map((hit) => hit.id),
  });

  it('answer the same when many run at once as when asked one at a time', async () => {
    const alone = [];
    for (const query of queries) alone.push(shape(await ask(query)));
    for (const query of queries) alone.push(shape(await ask(query, 20)));
    expect(alone.some((answer) => answer.ids.length > 0)).toBe(true);
    const together = await Promise.all([
      ...queries.map((query) => ask(query)),
      ...queries.map((query) => ask(query, 20)),
    ]);
    expect(together.map(shape)).toEqual(alone);
    // Exact lists too (every candidate checked), interleaved with pages.
    const exact = await Promise.all(queries.map((query) => search.matchingIds(query)));
    const pages = await Promise.all(queries.map((query) => ask(query)));
    expect(pages.map(shape)).toEqual(alone.slice(0, queries.length));
    for (const [i, query] of queries.entries()) {
      expect(exact[i]!.sort(), query).toEqual((await search.matchingIds(query)).sort());
    }
  }, 120_000);

  it('keep at most a couple of idle sets, whatever ran at once', async () => {
    await Promise.all(queries.map((query) => ask(query)));
    const size = bed.archive.listArticles().length;
    // Four arrays of a doc each: Int32 + Float32 + two bytes.
    expect(idleBytes()).toBeLessThanOrEqual(MAX_IDLE * 10 * Math.max(size, 1024) * 2);
    expect(idleBytes()).toBeGreaterThan(0);
  });
});
