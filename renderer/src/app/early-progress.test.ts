import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/jobs';
import { EarlyProgress } from './early-progress';

const progress = (jobId: string, done: number): JobProgress => ({
  jobId,
  kind: 'export',
  state: 'running',
  done,
  total: 40,
  current: null,
  error: null,
});

describe('progress that comes before the job id', () => {
  it("gives the job's latest count once its id is known, and forgets the others", () => {
    const early = new EarlyProgress();
    early.note(progress('a', 6));
    early.note(progress('b', 2));
    early.note(progress('a', 12));
    expect(early.take('a')).toMatchObject({ jobId: 'a', done: 12 });
    expect(early.take('b')).toBeNull();
  });

  it('keeps only the latest few jobs', () => {
    const early = new EarlyProgress();
    for (let n = 0; n < 20; n++) early.note(progress(`job-${n}`, n));
    expect(early.take('job-0')).toBeNull();
    early.note(progress('job-19', 19));
    expect(early.take('job-19')).toMatchObject({ done: 19 });
  });
});
