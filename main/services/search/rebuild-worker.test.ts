import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/i18n/resources';
import type { JobProgress } from '../../../shared/jobs';
import { SEARCH_ARTICLES } from '../../../test-support/fixtures/search/articles';
import {
  createSearchTestBed,
  type SearchTestBed,
} from '../../../test-support/fixtures/search/search-archive';
import { answersOf, buildInThisThread } from '../../../test-support/fixtures/search/search-answers';
import { EventBus } from '../event-bus';
import { JobRunner } from '../jobs';
import { saveIndex } from './index-files';
import { SearchService } from './search-service';

/** Word, typed-word, unmarked, phrase, filtered and sorted queries: what the worker's index must answer alike. */
const QUERIES = [
  'hoi nghi ',
  'hội nghị',
  'gi',
  'duong',
  'Đường tỉnh',
  '"hội nghị giao ban"',
  '"giao ban hội nghị"',
  'uy ban nhan dan',
  'quang canh',
  'huynh ket',
  'van hoa',
  'hoa',
  'thuy',
];

const answers = (search: SearchService) => answersOf(search, QUERIES);

/** Runs `act` when the rebuild `jobId` reports its first step (the worker is up and reading). */
function onceReading(bed: SearchTestBed, act: () => void): void {
  let fired = false;
  const watch = () => {
    const last = bed.progress.at(-1);
    if (!fired && last?.kind === 'reindex' && last.phase?.name === 'read') {
      fired = true;
      act();
    }
  };
  // The bed records every event; poll them synchronously as they arrive through the runner's bus.
  const original = bed.progress.push.bind(bed.progress);
  bed.progress.push = (...items: JobProgress[]) => {
    const n = original(...items);
    watch();
    return n;
  };
}

describe('search rebuild in a worker thread', () => {
  let bed: SearchTestBed;
  let other: string;

  beforeEach(async () => {
    bed = await createSearchTestBed();
    other = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-main-build-'));
  });
  afterEach(async () => {
    await bed.cleanup();
    await rm(other, { recursive: true, force: true });
  });

  it('builds the same index as a build on the main thread, byte for byte, and answers alike', async () => {
    // The bed's index was built by the worker at open; build the same archive here, in this thread.
    const local = await buildInThisThread(bed.archive);
    await saveIndex(other, local);
    const saved = async (dir: string) => {
      const files = (await readdir(dir)).filter((f) => /^(docs|terms|postings|next)-/.test(f));
      const bytes = await Promise.all(files.sort().map((f) => readFile(path.join(dir, f))));
      return files.map((f, i) => [f.replace(/-[0-9a-f]+\./, '.'), bytes[i]!.toString('base64')]);
    };
    expect(await saved(bed.indexDir)).toEqual(await saved(other));

    const fromMainThread = SearchService.open({
      source: bed.archive,
      indexDir: other,
      jobs: new JobRunner(new EventBus()),
    });
    await fromMainThread.whenIdle();
    try {
      const expected = await answers(fromMainThread);
      expect(expected.some((r) => r.total > 0)).toBe(true);
      expect(await answers(bed.search)).toEqual(expected);
    } finally {
      await fromMainThread.close();
    }
  });

  it('keeps the current index, files and all, when a rebuild is cancelled midway', async () => {
    // Enough articles that the worker is still reading when it is stopped.
    await bed.archive.addArticlesBulk(
      Array.from({ length: 400 }, (_, n) => ({
        ...SEARCH_ARTICLES.bodyOnly,
        title: `Bản tin số ${n}`,
        sourceUrl: `https://x.vn/ban-tin-${n}`,
        text: `Bản tin thời sự số ${n}. `.repeat(200),
      })),
      { durable: false },
    );
    await bed.search.whenIdle();
    await bed.reopenSearch();
    const manifest = await readFile(path.join(bed.indexDir, 'manifest.json'), 'utf8');
    const before = await answers(bed.search);
    let jobId = '';
    onceReading(bed, () => bed.jobs.cancel(jobId));
    jobId = bed.search.reindex().jobId;
    expect(await answers(bed.search)).toEqual(before);
    await bed.search.whenIdle();
    const steps = bed.progress.filter((p) => p.jobId === jobId);
    expect(steps.at(-1)?.state).toBe('cancelled');
    // Stopped while reading: never packed, never saved over the index in use.
    expect(steps.map((p) => p.phase?.name)).not.toContain('pack');
    expect(await readFile(path.join(bed.indexDir, 'manifest.json'), 'utf8')).toBe(manifest);
    expect(bed.search.status()).toMatchObject({ state: 'ready', jobId: null });
    expect(await answers(bed.search)).toEqual(before);
    // A later rebuild still runs to the end.
    bed.search.reindex();
    await bed.search.whenIdle();
    expect(bed.progress.at(-1)).toMatchObject({ kind: 'reindex', state: 'done' });
    expect(await answers(bed.search)).toEqual(before);
  });

  it('finds an article added and a title changed while the worker was building', async () => {
    bed.search.reindex();
    // The worker was given the archive as it was at reindex(): these reach the new index only
    // through the journal replayed after the swap.
    const added = await bed.archive.addArticle({
      ...SEARCH_ARTICLES.giaoban,
      title: 'Lễ hội đua ghe ngo',
      sourceUrl: 'https://x.vn/ghe-ngo',
      text: 'Đua ghe ngo truyền thống.',
      lead: '',
      captions: [],
    });
    const renamed = bed.idOf('duongLich');
    await bed.archive.updateMeta(renamed, { title: 'Mừng năm mới' });
    await bed.search.whenIdle();
    expect(bed.progress.at(-1)).toMatchObject({ kind: 'reindex', state: 'done' });
    const ids = async (query: string) =>
      (await bed.search.query({ query, limit: 200 })).hits.map((h) => h.id);
    expect(await ids('ghe ngo ')).toEqual([added.id]);
    expect(await ids('mung nam moi ')).toEqual([renamed]);
    expect(await ids('tet duong lich ')).toEqual([]);
    expect(bed.search.status().documents).toBe(Object.keys(SEARCH_ARTICLES).length + 1);
    // And they were saved with it: a restart finds them without a rebuild.
    await bed.reopenSearch();
    expect(await ids('ghe ngo ')).toEqual([added.id]);
  });

  it('says in both languages when the worker crashes, and keeps the current index', async () => {
    const before = await answers(bed.search);
    await bed.search.close();
    // A heap too small for the worker: it dies as it would running out of memory on a huge archive.
    bed.search = SearchService.open({
      source: bed.archive,
      indexDir: bed.indexDir,
      jobs: bed.jobs,
      rebuildWorker: { resourceLimits: { maxOldGenerationSizeMb: 2 } },
    });
    await bed.search.whenIdle();
    const { jobId } = bed.search.reindex();
    await bed.search.whenIdle();
    const last = bed.progress.filter((p) => p.jobId === jobId).at(-1)!;
    expect(last.state).toBe('failed');
    expect(last.error).toMatch(/^search-rebuild-failed: .*memory/);
    // The library's progress line shows this code's message in the user's language.
    expect(last.errorCode).toBe('search-rebuild-failed');
    expect(errorMessage('search-rebuild-failed', 'vi')).toMatch(/Không dựng lại được chỉ mục/);
    expect(errorMessage('search-rebuild-failed', 'en')).toMatch(/could not be rebuilt/);
    expect(bed.search.status()).toMatchObject({ state: 'ready', jobId: null });
    expect(await answers(bed.search)).toEqual(before);
  });
});
