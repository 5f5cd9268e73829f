import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobProgress } from '../../shared/jobs';
import { EventBus } from './event-bus';
import { JobRunner } from './jobs';

describe('job progress events', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the latest count once the interval is over, even when the job then stalls on one item', async () => {
    vi.useFakeTimers();
    const events = new EventBus();
    const seen: JobProgress[] = [];
    events.on('job.progress', (progress) => seen.push(progress));
    let finish!: () => void;
    const stalled = new Promise<void>((resolve) => (finish = resolve));
    const { result } = new JobRunner(events).start('export', async (ctx) => {
      // Three items in quick succession, then one slow item (held until `finish`).
      for (const done of [1, 2, 3]) ctx.progress(done, 10, `bài ${done}`);
      await stalled;
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen.at(-1)).toMatchObject({ state: 'running', done: 3, current: 'bài 3' });
    // Throttled: not one event per call.
    expect(seen.filter((progress) => progress.state === 'running').length).toBeLessThan(4);
    finish();
    await result;
    expect(seen.at(-1)).toMatchObject({ state: 'done', done: 3 });
    // Nothing held back goes out after the job's last word.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen.at(-1)).toMatchObject({ state: 'done' });
  });
});
