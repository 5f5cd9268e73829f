import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { ImportInspection, ImportReport, ImportReportRow } from '../../../shared/ipc/import';
import type { Language } from '../../../shared/settings';
import type { JobRunner } from '../jobs';
import { IN_THREAD, runImportBatch, type BatchRequest, type ImportArchive } from './batch';
import type { TextEncoding } from './detect-encoding';
import { dryMediaSink } from './html-images';
import { formatOf, inspectSource, type ImportSource } from './import-file';
import type { ParseTask } from './parse-file';
import { ParsePool, type ParsePoolOptions } from './parse-pool';
import { parseWorkerEntry } from './parse-worker-entry';
import { reportToCsv } from './report-csv';

const KEPT_REPORTS = 50;

/**
 * Batches with fewer pages than this parse in this thread: each worker loads jsdom first (about a
 * second of CPU), which costs a person importing a few pages more than the pool saves them.
 */
export const POOL_FROM = 8;

type ReportEntry = { state: ImportReport['state']; total: number; rows: ImportReportRow[] };

/** Import for the app, the host and the CLI: inspect one file, run batches as jobs, keep their reports. */
export class ImportService {
  private readonly reports = new Map<string, ReportEntry>();

  constructor(
    private readonly deps: {
      archive: ImportArchive;
      jobs: JobRunner;
      /** How batches parse: a worker pool (default) or this thread. */
      parser?: ParsePoolOptions | 'in-thread';
    },
  ) {}

  /** What a file would yield, with nothing written (images get the reference they would have). */
  inspect(source: ImportSource, encoding?: TextEncoding): Promise<ImportInspection> {
    return inspectSource(source, { storeMedia: dryMediaSink, encoding });
  }

  start(request: BatchRequest): { jobId: string; done: Promise<ImportReport> } {
    const entry: ReportEntry = { state: 'running', total: request.files.length, rows: [] };
    const { jobId, result } = this.deps.jobs.start('import', async (ctx) => {
      const pages = request.files.filter((file) => needsDom(file.source)).length;
      // A pool per batch: its workers (and what jsdom keeps in them) are gone when the batch ends.
      const options = this.deps.parser === 'in-thread' ? null : (this.deps.parser ?? {});
      const pool =
        options && pages >= POOL_FROM && workerFileExists(options)
          ? new ParsePool({ ...options, expectedTasks: pages })
          : null;
      try {
        await runImportBatch(
          this.deps.archive,
          request,
          { ...ctx, onRow: (row) => entry.rows.push(row) },
          pool
            ? {
                // Plain text needs no DOM and parses faster here than a worker hand-off takes.
                parse: (task: ParseTask, signal) =>
                  needsDom(task.source) ? pool.parse(task, signal) : IN_THREAD.parse(task, signal),
                lookahead: pool.threads * 2,
              }
            : IN_THREAD,
        );
        return ctx.signal.aborted;
      } finally {
        await pool?.close();
      }
    });
    this.remember(jobId, entry);
    const done = result.then(
      (cancelled) => {
        entry.state = cancelled ? 'cancelled' : 'done';
        return this.report(jobId);
      },
      () => {
        entry.state = 'failed';
        return this.report(jobId);
      },
    );
    return { jobId, done };
  }

  report(jobId: string): ImportReport {
    const entry = this.reports.get(jobId);
    if (!entry) throw new AppError('not-found', jobId);
    return { jobId, state: entry.state, total: entry.total, rows: [...entry.rows] };
  }

  reportCsv(jobId: string, language: Language): { fileName: string; csv: string } {
    const report = this.report(jobId);
    return {
      fileName: `bao-cao-nhap-${jobId.slice(0, 8)}.csv`,
      csv: reportToCsv(report.rows, language),
    };
  }

  private remember(jobId: string, entry: ReportEntry): void {
    this.reports.set(jobId, entry);
    while (this.reports.size > KEPT_REPORTS) this.reports.delete(this.reports.keys().next().value!);
  }
}

/** HTML, MHTML and Word go through jsdom; text files and failing lines do not. */
function needsDom(source: ImportSource): boolean {
  if (source.kind !== 'path' && source.kind !== 'bytes') return false;
  try {
    return formatOf(source.kind === 'path' ? source.path : source.name) !== 'text';
  } catch {
    return false;
  }
}

/**
 * Piscina waits forever for a worker whose file is missing (a broken install): the batch is then
 * parsed in this thread, slower but complete, rather than never finishing.
 */
function workerFileExists(options: ParsePoolOptions): boolean {
  const found = existsSync((options.worker ?? parseWorkerEntry()).filename);
  if (!found) console.warn('[import] parse worker missing; parsing in the main thread');
  return found;
}
