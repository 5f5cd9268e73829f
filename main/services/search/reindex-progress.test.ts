import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REINDEX_PHASES } from '../../../shared/jobs';
import {
  createSearchTestBed,
  type SearchTestBed,
} from '../../../test-support/fixtures/search/search-archive';

describe('a rebuild of the search index reports its progress step by step', () => {
  let bed: SearchTestBed;
  beforeAll(async () => {
    bed = await createSearchTestBed();
  });
  afterAll(() => bed.cleanup());

  it('names each step in order; within a step the count never goes back', async () => {
    bed.progress.length = 0;
    const { jobId } = bed.search.reindex();
    await bed.search.whenIdle();
    const events = bed.progress.filter((p) => p.jobId === jobId && p.state === 'running');
    const steps = [...new Set(events.flatMap((p) => (p.phase ? [p.phase.name] : [])))];
    expect(steps).toEqual([...REINDEX_PHASES]);
    for (const [i, p] of events.entries()) {
      const before = events[i - 1];
      if (!before || !p.phase) continue;
      expect(p.phase.steps).toBe(3);
      expect(p.phase.step).toBeGreaterThanOrEqual(before.phase?.step ?? 1);
      if (before.phase?.name === p.phase.name) expect(p.done).toBeGreaterThanOrEqual(before.done);
    }
  });
});
