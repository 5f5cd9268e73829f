import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { JobRunner } from '../jobs';
import type { Archive } from './archive';
import { exportSelection, type SelectionExportResult } from './export-selection';

export type SelectionExportOutcome =
  | ({ state: 'done' } & Omit<SelectionExportResult, 'missingBodies'> & {
        missingBodies: number;
      })
  | { state: 'cancelled' };

/** Outcomes kept for the renderer to collect; older ones are forgotten. */
const KEPT = 20;

/**
 * The library's export as a job: progress (articles and bytes) on the job channel, Cancel through
 * `jobs.cancel`, and the outcome collected once by id — so the IPC call that starts it answers at
 * once and no file content ever crosses IPC.
 */
export class SelectionExportJobs {
  private readonly outcomes = new Map<string, Promise<SelectionExportOutcome>>();

  constructor(
    private readonly jobs: JobRunner,
    private readonly archive: () => Archive,
  ) {}

  start(ids: string[], destination: string, overwrite: boolean): { jobId: string } {
    const { jobId, result } = this.jobs.start('export', (ctx) =>
      exportSelection(this.archive(), ids, destination, {
        signal: ctx.signal,
        overwrite,
        onProgress: (done, total, bytes, current) => ctx.progress(done, total, current, bytes),
      }),
    );
    const outcome = result.then(
      ({ missingBodies, ...rest }): SelectionExportOutcome => ({
        state: 'done',
        ...rest,
        missingBodies: missingBodies.length,
      }),
      (error: unknown): SelectionExportOutcome => {
        if (error instanceof AppError && error.code === 'cancelled') return { state: 'cancelled' };
        throw error;
      },
    );
    outcome.catch(() => undefined);
    this.outcomes.set(jobId, outcome);
    for (const old of this.outcomes.keys()) {
      if (this.outcomes.size <= KEPT) break;
      this.outcomes.delete(old);
    }
    return { jobId };
  }

  /** Waits for the export to end; throws its error (disk full, folder not writable…). */
  async outcome(jobId: string): Promise<SelectionExportOutcome> {
    const outcome = this.outcomes.get(jobId);
    if (!outcome) throw new AppError('not-found', `export ${jobId}`);
    return outcome;
  }
}

/** Where a zip goes when no dialog can ask (the web host): the person's Downloads folder, or home. */
export async function suggestedExportPath(fileName: string, home = os.homedir()): Promise<string> {
  const downloads = path.join(home, 'Downloads');
  const isFolder = await stat(downloads).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return path.join(isFolder ? downloads : home, fileName);
}
