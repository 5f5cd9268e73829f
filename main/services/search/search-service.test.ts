import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { EventBus } from '../event-bus';
import { JobRunner } from '../jobs';
import { sampleDraft } from '../../../test-support/article-drafts';
import { SearchService } from './search-service';

let t: TestArchive | undefined;
afterEach(async () => t?.cleanup());

describe('SearchService before its index is ready', () => {
  it('says it is building and refuses queries with a clear reason, then answers once started', async () => {
    t = await createTestArchive({ articles: 2 });
    let start!: () => void;
    const startAfter = new Promise<void>((resolve) => (start = resolve));
    const search = SearchService.open({
      source: t.archive,
      indexDir: path.join(t.dir, 'index'),
      jobs: new JobRunner(new EventBus()),
      startAfter,
    });
    try {
      expect(search.status()).toEqual({ state: 'building', documents: 0, jobId: null });
      const building = { code: 'search-index-building' };
      await expect(search.query({ query: 'hội nghị' })).rejects.toMatchObject(building);
      await expect(search.matchingIds('hội nghị')).rejects.toMatchObject(building);
      start();
      await search.whenIdle();
      expect(search.status()).toMatchObject({ state: 'ready', documents: 2 });
      expect(await search.matchingIds('ủy ban')).toHaveLength(2);
    } finally {
      await search.close();
    }
  });
});

describe('SearchService after changes made while it was closed', () => {
  it('catches up when a quarter of the archive changed, and rebuilds only beyond that', async () => {
    t = await createTestArchive({ articles: 4 });
    const events = new EventBus();
    const rebuilds = new Set<string>();
    events.on('job.progress', (p) => p.kind === 'reindex' && rebuilds.add(p.jobId));
    const open = async () => {
      const search = SearchService.open({
        source: t!.archive,
        indexDir: path.join(t!.dir, 'index'),
        jobs: new JobRunner(events),
      });
      await search.whenIdle();
      return search;
    };
    await (await open()).close();
    expect(rebuilds.size).toBe(1);
    await t.archive.replaceArticle(t.seeded[0]!.id, sampleDraft(1, { text: 'Khánh thành cầu.' }));
    let search = await open();
    expect(rebuilds.size).toBe(1);
    expect(await search.matchingIds('khánh thành')).toEqual([t.seeded[0]!.id]);
    await search.close();
    await t.archive.addArticle(sampleDraft(5));
    await t.archive.addArticle(sampleDraft(6));
    search = await open();
    expect(rebuilds.size).toBe(2);
    await search.close();
  });
});
