import os from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { AppError } from '../../../shared/errors';
import type { ParseReply, ParseTask, ParsedFile } from './parse-file';
import { replyToResult } from './parse-file';
import { sourceName } from './import-file';
import { parseWorkerEntry, type WorkerEntry } from './parse-worker-entry';
import type { ParseMessage } from './parse-worker';

export type ParsePoolOptions = {
  /** One worker per core by default. */
  threads?: number;
  /** Pages a worker parses before it is replaced: jsdom keeps some memory per page. */
  recycleAfter?: number;
  /** A file still unparsed after this long fails as `import-timeout`; its worker is stopped. */
  timeoutMs?: number;
  worker?: WorkerEntry;
  /** Files the batch holds: no next generation is warmed up when this one will see the batch out. */
  expectedTasks?: number;
};

export const PARSE_DEFAULTS = { recycleAfter: 500, timeoutMs: 60_000 };

/**
 * Parses import files in worker threads (piscina). Piscina has no per-worker task limit, so the
 * pool runs in generations: after `recycleAfter` pages per thread a new pool takes the next tasks
 * and the old one closes once its running tasks are done; the next generation is started a little
 * before it is needed so its workers have loaded jsdom by then.
 */
export class ParsePool {
  readonly threads: number;
  private readonly recycleAfter: number;
  private readonly timeoutMs: number;
  private readonly worker: WorkerEntry;
  private pool: Piscina | null = null;
  private next: Piscina | null = null;
  private given = 0;
  private givenInAll = 0;
  private readonly expectedTasks: number;
  private readonly closing: Promise<void>[] = [];
  /** Each generation's tasks not yet settled: a pool is closed only after them. */
  private readonly running = new Map<Piscina, Set<Promise<unknown>>>();
  /** How many generations of workers were started (tests and the benchmark read it). */
  generations = 0;

  constructor(options: ParsePoolOptions = {}) {
    this.threads = Math.max(1, options.threads ?? os.availableParallelism());
    this.recycleAfter = options.recycleAfter ?? PARSE_DEFAULTS.recycleAfter;
    this.timeoutMs = options.timeoutMs ?? PARSE_DEFAULTS.timeoutMs;
    this.worker = options.worker ?? parseWorkerEntry();
    this.expectedTasks = options.expectedTasks ?? Infinity;
  }

  /** Parses one file; a hung or crashed worker fails this file only (`import-timeout` / `import-crashed`). */
  async parse(task: ParseTask, signal: AbortSignal): Promise<ParsedFile> {
    if (signal.aborted) throw new AppError('cancelled');
    // The limit runs from when a worker starts on the file, not while it waits for one to be free.
    const timeout = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    port1.once('message', () => {
      timer = setTimeout(() => timeout.abort(), this.timeoutMs);
    });
    port1.unref();
    let reply: ParseReply;
    try {
      const message: ParseMessage = { task, started: port2 };
      const pool = this.take();
      const run = pool.run(message, {
        signal: AbortSignal.any([signal, timeout.signal]),
        transferList: [port2],
      });
      const tasks = this.running.get(pool)!;
      tasks.add(run);
      reply = (await run.finally(() => tasks.delete(run))) as ParseReply;
    } catch (error) {
      const name = sourceName(task.source);
      if (signal.aborted) throw new AppError('cancelled', name);
      if (timeout.signal.aborted)
        throw new AppError('import-timeout', `${name} (> ${Math.round(this.timeoutMs / 1000)} s)`);
      throw new AppError(
        'import-crashed',
        `${name}: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      clearTimeout(timer);
      port1.close();
    }
    return replyToResult(reply);
  }

  /** Waits for running tasks, then stops every worker. */
  async close(): Promise<void> {
    for (const pool of [this.pool, this.next]) if (pool) this.retire(pool);
    this.pool = this.next = null;
    await Promise.allSettled(this.closing);
  }

  private take(): Piscina {
    const quota = this.recycleAfter * this.threads;
    if (this.pool && this.given >= quota) {
      this.retire(this.pool);
      this.pool = this.next;
      this.next = null;
      this.given = 0;
    }
    this.pool ??= this.start();
    const moreAfterThis = this.givenInAll + (quota - this.given) < this.expectedTasks;
    if (!this.next && this.given >= quota * 0.8 && moreAfterThis) this.next = this.start();
    this.given++;
    this.givenInAll++;
    return this.pool;
  }

  private start(): Piscina {
    this.generations++;
    const pool = new Piscina({
      filename: this.worker.filename,
      execArgv: this.worker.execArgv,
      minThreads: this.threads,
      maxThreads: this.threads,
      idleTimeout: 30_000,
    });
    this.running.set(pool, new Set());
    return pool;
  }

  /**
   * Piscina's close() stops workers once none is busy, even with tasks still queued (they fail as
   * "Terminating worker thread"): the pool is closed only when every task given to it has settled.
   */
  private retire(pool: Piscina): void {
    const tasks = [...(this.running.get(pool) ?? [])];
    this.running.delete(pool);
    this.closing.push(
      Promise.allSettled(tasks)
        .then(() => pool.close())
        .catch(() => pool.destroy()),
    );
  }
}
