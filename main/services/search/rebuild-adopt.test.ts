import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyRelativePath } from '../archive/body-store';
import {
  createSearchTestBed,
  type SearchTestBed,
} from '../../../test-support/fixtures/search/search-archive';
import { answersOf, buildInThisThread } from '../../../test-support/fixtures/search/search-answers';
import { EventBus } from '../event-bus';
import { JobRunner } from '../jobs';
import { saveIndex } from './index-files';
import { packIndex, unpackIndex } from './rebuild-transfer';
import type { SearchIndex } from './search-index';
import { SearchService } from './search-service';
import { Yielder } from './yielder';

const QUERIES = [
  'hội nghị',
  'hoi nghi ',
  'gi',
  'duong',
  '"hội nghị giao ban"',
  'uy ban nhan dan',
  'ghe ngo',
];

const answers = (search: SearchService) => answersOf(search, QUERIES);

/** Everything an index answers from, as plain data (typed arrays as lists). */
function contents(index: SearchIndex) {
  const { docs, base } = index;
  const list = (a: ArrayLike<number> | null) => (a ? Array.from(a) : null);
  return {
    ids: [...docs.ids],
    docNos: docs.ids.map((id) => docs.docNoOf(id)),
    fingerprints: list(docs.fingerprints.subarray(0, docs.size)),
    dates: list(docs.dates.subarray(0, docs.size)),
    live: docs.liveCount,
    terms: [...base.terms],
    lists: base.terms.map((term) => {
      const found = base.lookup(term)!;
      return {
        length: found.length,
        docBytes: list(found.docBytes),
        info: list(found.info),
        variants: list(found.variants),
        variantKeys: [...found.variantKeys],
        next: list(found.next),
      };
    }),
  };
}

describe('adopting the rebuilt index on the main thread', () => {
  let bed: SearchTestBed;
  let other: string;

  beforeEach(async () => {
    bed = await createSearchTestBed();
    other = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-adopt-'));
  });
  afterEach(async () => {
    await bed.cleanup();
    await rm(other, { recursive: true, force: true });
  });

  it('unpacks in many slices into the same index as the one built in this thread', async () => {
    const built = await buildInThisThread(bed.archive);
    let turns = 0;
    // A slice per 16 bytes of strings and per 3 map entries: every boundary is crossed.
    const yielder = new Yielder(undefined, { sliceMs: 0, turn: async () => void turns++ });
    const unpacked = await unpackIndex(packIndex(built), { yielder, chunkBytes: 16, every: 3 });
    expect(turns).toBeGreaterThan(100);
    expect(contents(unpacked)).toEqual(contents(built));
  });

  it('answers from the old index until the new one is adopted whole, then like an index built in this thread', async () => {
    await bed.search.close();
    const during: unknown[] = [];
    let search: SearchService;
    bed.search = search = SearchService.open({
      source: bed.archive,
      indexDir: bed.indexDir,
      jobs: bed.jobs,
      rebuildWorker: {
        adopt: {
          sliceMs: 0,
          chunkBytes: 16,
          every: 3,
          // Between two slices of the adoption, the app answers searches.
          turn: async () => {
            during.push(await answers(search));
            await nextTurn();
          },
        },
      },
    });
    await search.whenIdle();
    const before = await answers(search);
    expect(before.some((answer) => answer.total > 0)).toBe(true);
    // An article's body changed on disk behind the archive's back: only a rebuild sees it, so
    // the old and new index answer 'ghe ngo' differently.
    const id = bed.idOf('giaoban');
    const file = path.join(bed.archive.dir, bodyRelativePath(id));
    const body = JSON.parse(await readFile(file, 'utf8')) as { text: string };
    await writeFile(file, JSON.stringify({ ...body, text: `${body.text} Đua ghe ngo trên sông.` }));

    search.reindex();
    await search.whenIdle();
    expect(bed.progress.at(-1)).toMatchObject({ kind: 'reindex', state: 'done' });
    expect(during.length).toBeGreaterThan(20);
    for (const answer of during) expect(answer).toEqual(before);

    const after = await answers(search);
    expect(after).not.toEqual(before);
    expect((await search.query({ query: 'ghe ngo' })).hits.map((h) => h.id)).toEqual([id]);
    // The same archive built here, in this thread, answers alike.
    await saveIndex(other, await buildInThisThread(bed.archive));
    const local = SearchService.open({
      source: bed.archive,
      indexDir: other,
      jobs: new JobRunner(new EventBus()),
    });
    await local.whenIdle();
    try {
      expect(after).toEqual(await answers(local));
    } finally {
      await local.close();
    }
  });
});
