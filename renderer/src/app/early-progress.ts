import type { JobProgress } from '../../../shared/jobs';

/** Jobs whose progress is kept while waiting for an id: more than one window starting jobs at once. */
const KEPT = 8;

/**
 * Progress that arrives before the call that started the job has answered with its id. The two
 * travel apart (Electron's events and invoke replies, the host's server-sent events and HTTP
 * answers), so a job's first counts can come first; dropped, a job that then works on one slow
 * item would show 0 until its next event.
 */
export class EarlyProgress {
  private readonly latest = new Map<string, JobProgress>();

  note(progress: JobProgress): void {
    this.latest.delete(progress.jobId);
    this.latest.set(progress.jobId, progress);
    for (const old of this.latest.keys()) {
      if (this.latest.size <= KEPT) break;
      this.latest.delete(old);
    }
  }

  /** The latest progress of `jobId` seen so far, if any; forgets every job's. */
  take(jobId: string): JobProgress | null {
    const progress = this.latest.get(jobId) ?? null;
    this.latest.clear();
    return progress;
  }
}
