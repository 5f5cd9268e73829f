import path from 'node:path';
import type { Low } from 'lowdb';
import type { FsLike } from '../fs/fs-like';
import { KeyedQueue } from '../fs/keyed-queue';
import { CURRENT_SCHEMA_VERSION, type CatalogData, type CatalogOp } from './catalog-schema';
import type { CatalogState } from './catalog-state';
import { sortByDate } from './date-order';
import { JournalWriter, journalName } from './journal';

/** Compact once the journal holds this many changes or bytes: replay at open stays well under 100 ms. */
const COMPACT_AFTER_ENTRIES = 20_000;
const COMPACT_AFTER_BYTES = 16 * 1024 * 1024;
const QUEUE_KEY = 'catalog';

/**
 * Writes to the catalogue: each change is appended to the journal and fsynced, then applied in
 * memory, through one queue, so memory never runs ahead of the disk and changes never interleave.
 */
export class CatalogStore {
  private readonly queue = new KeyedQueue();
  private compacting: Promise<void> | null = null;

  constructor(
    private readonly dir: string,
    private readonly fs: FsLike,
    private readonly db: Low<CatalogData>,
    readonly state: CatalogState,
    private writer: JournalWriter,
  ) {}

  commit(ops: CatalogOp[]): Promise<void> {
    return this.queue.run(QUEUE_KEY, async () => {
      await this.writer.append(ops);
      for (const op of ops) this.state.apply(op);
      if (this.writer.entries >= COMPACT_AFTER_ENTRIES || this.writer.bytes >= COMPACT_AFTER_BYTES)
        void this.compact();
    });
  }

  /**
   * Applies many changes at once without journaling each one, then writes a new snapshot: the
   * bulk path (imports of thousands). Durable once this resolves; a crash before that loses the
   * whole batch, never part of it, which is what an import can simply run again.
   */
  async commitBulk(ops: CatalogOp[]): Promise<void> {
    await this.queue.run(QUEUE_KEY, async () => {
      for (const op of ops) this.state.apply(op);
    });
    await this.compacting;
    await this.compact();
  }

  /** Runs `work` with no change in flight (a backup copying the catalogue files). */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    await this.compacting;
    return this.queue.run(QUEUE_KEY, work);
  }

  /**
   * Folds the journal into a new catalog.json without stopping saves: switch to a fresh
   * journal under the queue, take the in-memory snapshot at that instant, then write it in
   * the background. Until its rename lands, the old snapshot plus both journals still load.
   */
  compact(): Promise<void> {
    this.compacting ??= this.runCompaction().finally(() => {
      this.compacting = null;
    });
    return this.compacting;
  }

  private async runCompaction(): Promise<void> {
    const { data, previous } = await this.queue.run(QUEUE_KEY, async () => {
      const generation = this.writer.generation + 1;
      const old = this.writer;
      this.writer = await JournalWriter.open(this.fs, this.dir, generation);
      await old.close();
      return {
        data: this.state.snapshot(CURRENT_SCHEMA_VERSION, generation),
        previous: old.generation,
      };
    });
    // Newest first, as the library lists by default: the next open's first list then finds the
    // catalogue in order and skips the sort (date-order.ts). Sorted outside the queue so saves go on.
    this.db.data = { ...data, articles: sortByDate(data.articles, -1) };
    await this.db.write();
    for (let generation = previous; generation >= 0; generation--) {
      const removed = await this.fs.rm(path.join(this.dir, journalName(generation))).then(
        () => true,
        () => false,
      );
      if (!removed) break;
    }
  }

  async idle(): Promise<void> {
    await this.compacting;
    await this.queue.idle();
  }

  async close(): Promise<void> {
    await this.idle();
    await this.writer.close();
  }
}
