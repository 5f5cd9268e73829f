import { randomUUID } from 'node:crypto';
import type { JobKind, JobProgress } from '../../shared/jobs';
import { AppError } from '../../shared/errors';
import type { EventBus } from './event-bus';
import { nullLogger, safe, type Logger } from './log/logger';

export type JobContext = {
  signal: AbortSignal;
  /** Report progress; throttled so a thousand-file import does not flood the renderer. */
  progress(done: number, total: number, current?: string | null, bytes?: number): void;
  /** Starts step `step` of `steps`: the counts that follow are this step's. */
  phase(name: string, step: number, steps: number): void;
};

const PROGRESS_INTERVAL_MS = 100;

/** Runs long work (import, reindex, export) with progress events and cancellation. */
export class JobRunner {
  private readonly running = new Map<string, AbortController>();
  private readonly results = new Set<Promise<unknown>>();

  constructor(
    private readonly events: EventBus,
    private readonly logger: Logger = nullLogger,
  ) {}

  start<T>(
    kind: JobKind,
    work: (ctx: JobContext) => Promise<T>,
  ): { jobId: string; result: Promise<T> } {
    const jobId = randomUUID();
    const startedAt = performance.now();
    const controller = new AbortController();
    this.running.set(jobId, controller);
    let last: JobProgress = {
      jobId,
      kind,
      state: 'running',
      done: 0,
      total: 0,
      current: null,
      error: null,
    };
    let lastSentAt = 0;
    let trailing: NodeJS.Timeout | null = null;
    const emit = (progress: JobProgress) => {
      if (trailing) clearTimeout(trailing);
      trailing = null;
      lastSentAt = Date.now();
      this.events.emit('job.progress', progress);
    };
    const send = (next: JobProgress, force = false) => {
      last = next;
      const since = Date.now() - lastSentAt;
      if (force || since >= PROGRESS_INTERVAL_MS) emit(next);
      // A held-back count still goes out once the interval is over: a job that then works on one
      // slow item (a large photo, a stalled disk) must not show an older count all that time.
      else trailing ??= setTimeout(() => emit(last), PROGRESS_INTERVAL_MS - since).unref();
    };
    send(last, true);
    const result = (async () => {
      try {
        const value = await work({
          signal: controller.signal,
          progress: (done, total, current = null, bytes) =>
            send({ ...last, done, total, current, ...(bytes === undefined ? {} : { bytes }) }),
          phase: (name, step, steps) =>
            send({ ...last, done: 0, total: 0, current: null, phase: { name, step, steps } }, true),
        });
        send(
          { ...last, state: controller.signal.aborted ? 'cancelled' : 'done', current: null },
          true,
        );
        return value;
      } catch (error) {
        const cancelled =
          controller.signal.aborted || (error instanceof AppError && error.code === 'cancelled');
        send(
          {
            ...last,
            state: cancelled ? 'cancelled' : 'failed',
            current: null,
            error: cancelled ? null : String((error as Error).message ?? error),
            errorCode: !cancelled && error instanceof AppError ? error.code : null,
          },
          true,
        );
        throw error;
      } finally {
        this.running.delete(jobId);
        this.logger.info('job.done', {
          kind: safe.code(kind),
          state: safe.code(controller.signal.aborted ? 'cancelled' : last.state),
          items: last.total,
          ms: Math.round(performance.now() - startedAt),
        });
      }
    })();
    // The caller may only want the id; an unobserved rejection must not crash the process.
    const settled = result.catch(() => undefined);
    this.results.add(settled);
    void settled.then(() => this.results.delete(settled));
    return { jobId, result };
  }

  /** Resolves once no job is running, including jobs started meanwhile. */
  async whenIdle(): Promise<void> {
    while (this.results.size > 0) await Promise.all(this.results);
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }
}

/** Throws the typed `cancelled` error when the job was stopped; call between units of work. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new AppError('cancelled');
}
