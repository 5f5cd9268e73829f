import type { JobRunner } from '../jobs';
import type { CategoryNames, KeepBody } from './index-sync';
import { rebuildInWorker, type RebuildWorkerOptions, type RebuiltIndex } from './rebuild-in-worker';
import { RebuildJournal } from './rebuild-journal';
import { unpackIndex } from './rebuild-transfer';
import type { SearchIndex } from './search-index';
import type { SearchSource } from './search-source';
import type { TextStore } from './text-store';
import { Yielder } from './yielder';

/** What a rebuild reads from and hands back to the search service. */
export type RebuildHost = {
  /** The service's options: `indexDir` is read when a rebuild starts (the archive may have moved). */
  options: {
    source: SearchSource;
    jobs: JobRunner;
    indexDir: string;
    rebuildWorker?: RebuildWorkerOptions;
  };
  /** The live text store, once open (null if it cannot be). */
  texts(): Promise<TextStore | null>;
  categoryNames(): CategoryNames;
  keep: KeepBody;
  /** Runs `work` in the service's index-update queue (after every change already queued). */
  enqueue(work: () => Promise<void>): Promise<void>;
  /** The swap itself: from the next query on, `index` answers; `changed` articles were re-read into it. */
  replaceIndex(index: SearchIndex, changed: number): void;
};

export type RebuildJob = { jobId: string; result: Promise<unknown> };

/**
 * A full rebuild: the worker builds and saves the new index (rebuildInWorker), the main thread
 * unpacks it in slices beside the live one, then swaps it in. Until the swap every query answers
 * from the old index, which also follows the archive's changes meanwhile; those are noted in a
 * journal and re-read into the new index just before the swap.
 */
export class IndexRebuild {
  private job: RebuildJob | null = null;
  /** Articles changed while the rebuild runs; null when none runs. */
  private journal: RebuildJournal | null = null;

  constructor(private readonly host: RebuildHost) {}

  /** The running rebuild, if any. */
  get current(): RebuildJob | null {
    return this.job;
  }

  note(ids: readonly string[]): void {
    this.journal?.note(ids);
  }

  /** Starts a rebuild (or returns the one running); `onEnd` runs when it has finished or failed. */
  start(onEnd: (ok: boolean) => void): RebuildJob {
    if (this.job) return this.job;
    const { host } = this;
    const { source, jobs, rebuildWorker } = host.options;
    this.journal = new RebuildJournal();
    const job = jobs.start('reindex', async (ctx) => {
      await host.texts();
      const built = await rebuildInWorker({
        source,
        archiveDir: source.dir,
        indexDir: host.options.indexDir,
        categoryName: host.categoryNames(),
        ctx,
        worker: rebuildWorker,
      });
      // Not cancellable from here: the worker has already saved the new index files.
      const adopt = rebuildWorker?.adopt;
      const index = await unpackIndex(built.index, {
        ...adopt,
        yielder: new Yielder(undefined, adopt),
        sameString: (id) => source.getMeta(id)?.id ?? id,
      });
      await host.enqueue(() => this.swapIn(index, built));
    });
    this.job = job;
    job.result
      .then(
        () => onEnd(true),
        () => onEnd(false),
      )
      .finally(() => {
        this.job = null;
        this.journal = null;
      });
    return job;
  }

  /** Stops the running rebuild (the live index stays) and waits until it has let go. */
  async cancel(): Promise<void> {
    const job = this.job;
    if (!job) return;
    this.host.options.jobs.cancel(job.jobId);
    await job.result.catch(() => undefined);
  }

  /**
   * Runs in the queue, `index` already unpacked: the text store takes the worker's files, the
   * journal is applied, then the new index (already saved by the worker) replaces the live one.
   */
  private async swapIn(index: SearchIndex, built: RebuiltIndex): Promise<void> {
    const { host } = this;
    const { source } = host.options;
    const texts = await host.texts();
    // Without the new store, snippets come from the article files until fillTexts stores them.
    const adopt = host.options.rebuildWorker?.adopt;
    await texts
      ?.adopt(built.textsDir, built.texts, {
        ...adopt,
        yielder: new Yielder(undefined, adopt),
        sameString: (id) => source.getMeta(id)?.id ?? id,
      })
      .catch((error: unknown) => console.warn('[search] rebuilt text store not taken over', error));
    // The changes made meanwhile go into the new index before it answers: no query sees it without them.
    const journal = this.journal;
    this.journal = null;
    const changed = journal
      ? await journal.apply(index, source, host.categoryNames(), host.keep)
      : 0;
    host.replaceIndex(index, changed);
    // The archive records bodies it cannot read when it reads them itself; the worker only skipped them.
    for (const id of [...built.unreadable, ...built.missing])
      await source.readBody(id).catch(() => undefined);
  }
}
