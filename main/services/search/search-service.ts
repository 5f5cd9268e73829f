import { AppError } from '../../../shared/errors';
import type {
  SearchFilters,
  SearchQuery,
  SearchResult,
  SearchStatus,
} from '../../../shared/ipc/search';
import type { JobRunner } from '../jobs';
import { BodyCache } from './body-cache';
import { CategoryNameCache } from './category-names';
import { compact } from './compact';
import { loadFollowers, loadIndex, saveIndex } from './index-files';
import { applySync, planSync, refreshArticles, type KeepBody } from './index-sync';
import { IndexRebuild } from './index-rebuild';
import type { RebuildWorkerOptions } from './rebuild-in-worker';
import { matchingIds, runQuery, type QueryContext } from './run-query';
import { TextStore, type SnippetSource } from './text-store';
import { fillTexts } from './text-store-fill';
import type { SearchIndex } from './search-index';
import type { SearchSource } from './search-source';

/** When the archive changed this much while the app was closed, a full rebuild is cheaper than catching up. */
const REBUILD_RATIO = 0.25;
/** The delta is packed into the base (and saved) once it holds this many postings. */
const COMPACT_POSTINGS = 500_000;

export type SearchServiceOptions = {
  source: SearchSource;
  indexDir: string;
  jobs: JobRunner;
  /** Loading or building the index waits for this (the library's first page; see StartupGate). */
  startAfter?: Promise<void>;
  rebuildWorker?: RebuildWorkerOptions;
};

/**
 * Search over the archive: loads the persisted index at start (or builds it in the background
 * when missing, stale or from another version), follows the archive's changes, and answers
 * queries. Nothing here makes startup wait: until the first index is ready, status says
 * `building` and queries are refused with a clear message.
 */
export class SearchService {
  private index: SearchIndex | null = null;
  private state: SearchStatus['state'] = 'building';
  private readonly rebuild: IndexRebuild;
  private unsavedChanges = 0;
  /** Index updates run one at a time, in order: change events, catch-up, compaction. */
  private queue: Promise<void> = Promise.resolve();
  private readonly started: Promise<void>;
  private readonly unsubscribe: () => void;
  private closed = false;
  private readonly names = new CategoryNameCache(() => this.options.source.listCategories());
  private readonly bodies: BodyCache;
  /** The loaded index's follower bits, read after startup (only phrase queries use them). */
  private followers: Promise<void> = Promise.resolve();
  /** Bodies for snippets and phrase checks, kept beside the index; null until open (or if it cannot be). */
  private texts: TextStore | null = null;
  private readonly textsReady: Promise<void>;
  private filling: Promise<void> = Promise.resolve();
  private readonly keep: KeepBody = (meta, body) =>
    this.texts?.put(meta, body) ?? Promise.resolve();

  /** Releases index updates held while the archive moves (see suspendForMove). */
  private releaseHold: (() => void) | null = null;
  /** Stops waiting for `startAfter` when the service closes first. */
  private stopWaiting!: () => void;

  private constructor(private readonly options: SearchServiceOptions) {
    this.bodies = new BodyCache(options.source);
    const closing = new Promise<void>((resolve) => (this.stopWaiting = resolve));
    const gate = Promise.race([options.startAfter ?? Promise.resolve(), closing]);
    // The text store's table is read behind the gate too: at 100,000 articles it is a
    // JSON.parse of several megabytes on the thread that answers the first page.
    this.textsReady = gate
      .then(() => (this.closed ? null : TextStore.open(options.indexDir)))
      .then(
        (store) => void (this.texts = store),
        (error: unknown) =>
          console.warn('[search] text store unavailable, bodies read from the archive', error),
      );
    this.rebuild = new IndexRebuild({
      options,
      texts: () => this.textsReady.then(() => this.texts),
      categoryNames: () => this.names.lookup(),
      keep: this.keep,
      enqueue: (work) => this.enqueue(work),
      replaceIndex: (index, changed) => {
        this.index = index;
        this.unsavedChanges = 0;
        this.afterChange(changed);
      },
    });
    this.unsubscribe = options.source.onChange((change) => this.onArchiveChange(change.ids));
    this.started = gate
      .then(() => (this.closed ? undefined : this.start()))
      .catch((error: unknown) => console.error('[search] start failed', error));
  }

  /** Returns at once; the index loads (or builds) in the background. */
  static open(options: SearchServiceOptions): SearchService {
    return new SearchService(options);
  }

  status(): SearchStatus {
    return {
      state: this.state,
      documents: this.index?.documentCount ?? 0,
      jobId: this.rebuild.current?.jobId ?? null,
    };
  }

  async query(input: SearchQuery): Promise<SearchResult> {
    return runQuery(this.queryContext(), input);
  }

  /** The ids of every article the query and filters match (a compiled report takes them all). */
  async matchingIds(query: string, filters?: SearchFilters): Promise<string[]> {
    return matchingIds(this.queryContext(), query, filters);
  }

  private queryContext(): QueryContext {
    if (!this.index) throw new AppError('search-index-building');
    return {
      index: this.index,
      source: this.options.source,
      categoryName: this.names.lookup(),
      readText: (id) => this.readText(id),
      readFolded: async (meta) => (await this.texts?.readFolded(meta)) ?? null,
    };
  }

  private async readText(id: string): Promise<SnippetSource | null> {
    const meta = this.options.source.getMeta(id);
    const stored = meta ? await this.texts?.readText(meta) : null;
    if (stored) return stored;
    const text = await this.bodies.readText(id);
    return text === null ? null : { text, aligned: undefined };
  }

  /**
   * Starts a full rebuild in a worker thread (or returns the one already running). Queries go on
   * answering from the current index until the new one is swapped in.
   */
  reindex(): { jobId: string } {
    const running = this.rebuild.current;
    if (running) return { jobId: running.jobId };
    this.state = 'building';
    this.names.clear();
    const job = this.rebuild.start((ok) => (this.state = ok || this.index ? 'ready' : 'missing'));
    return { jobId: job.jobId };
  }

  /** Resolves when the index is loaded or built and every queued change is applied (tests, CLI). */
  async whenIdle(): Promise<void> {
    await this.started;
    await this.followers;
    await this.textsReady;
    await this.filling;
    for (;;) {
      const build = this.rebuild.current;
      const queue = this.queue;
      await build?.result.catch(() => undefined);
      await queue;
      if (build === this.rebuild.current && queue === this.queue) return;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopWaiting();
    this.unsubscribe();
    void this.rebuild.cancel();
    await this.whenIdle();
    if (this.index && this.unsavedChanges > 0) await this.packAndSave();
    await this.filling;
    await this.texts?.close();
  }

  /**
   * Before the archive moves: the index saved and the text store closed (its file must not be
   * open while the old folder is removed), and updates held until relocate(). Queries go on,
   * reading bodies from the archive meanwhile.
   */
  async suspendForMove(): Promise<void> {
    await this.textsReady;
    // The worker writes into the old index folder: the rebuild stops, the current index stays.
    await this.rebuild.cancel();
    await this.enqueue(async () => {
      if (this.index && this.unsavedChanges > 0) await this.packAndSave();
      await this.texts?.close();
      this.texts = null;
    });
    const held = new Promise<void>((resolve) => (this.releaseHold = resolve));
    this.queue = this.queue.then(() => held);
  }

  /** After a move (or a failed one): the index folder is `indexDir` from now on. */
  async relocate(indexDir: string): Promise<void> {
    this.options.indexDir = indexDir;
    try {
      this.texts = await TextStore.open(indexDir);
    } catch (error) {
      console.warn('[search] text store unavailable after the move', error);
    }
    this.releaseHold?.();
    this.releaseHold = null;
  }

  private async start(): Promise<void> {
    const loaded = await loadIndex(this.options.indexDir);
    if (loaded.kind !== 'ok') {
      if (loaded.kind === 'unreadable')
        console.warn(`[search] index unreadable, rebuilding: ${loaded.reason}`);
      this.state = 'missing';
      this.reindex();
      return;
    }
    this.index = loaded.index;
    const base = loaded.index.base;
    this.followers = loadFollowers(this.options.indexDir, loaded.manifest).then((next) => {
      if (next) base.attachFollowers(next);
    });
    const plan = await planSync(loaded.index, this.options.source, this.names.lookup());
    const changed = plan.stale.length + plan.gone.length;
    if (changed > REBUILD_RATIO * Math.max(1, this.options.source.listArticles().length)) {
      this.reindex();
      return;
    }
    this.state = 'ready';
    if (changed > 0) this.catchUp();
    this.fillTexts();
  }

  /** Stores the bodies the text store lacks (an index from before it, a lost store file), in the background. */
  private fillTexts(): void {
    const fill = async () => {
      await this.textsReady;
      if (this.texts) await fillTexts(this.options.source, this.texts, () => this.closed);
    };
    this.filling = fill().catch((error: unknown) =>
      console.error('[search] text store fill failed', error),
    );
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work, work);
    this.queue = next.catch((error: unknown) =>
      console.error('[search] index update failed', error),
    );
    return next;
  }

  private onArchiveChange(ids: readonly string[]): void {
    if (this.closed) return;
    this.names.clear();
    this.rebuild.note(ids);
    // The current index follows the change too: it answers until the rebuild is swapped in.
    if (!this.index) return;
    // No ids: a change the archive could not list (category renamed, restore, move): compare all.
    if (ids.length === 0) return this.catchUp();
    void this.enqueue(async () => {
      if (!this.index) return;
      await refreshArticles(this.index, ids, this.options.source, this.names.lookup(), this.keep);
      this.afterChange(ids.length);
    });
  }

  private catchUp(): void {
    void this.enqueue(async () => {
      if (!this.index) return;
      const names = this.names.lookup();
      const plan = await planSync(this.index, this.options.source, names);
      await applySync(this.index, plan, this.options.source, names, {}, this.keep);
      this.afterChange(plan.stale.length + plan.gone.length);
    });
  }

  private afterChange(count: number): void {
    this.unsavedChanges += count;
    // Not while rebuilding: the worker saves the new index into the same folder.
    if (this.index && !this.rebuild.current && this.index.deltaPostings >= COMPACT_POSTINGS)
      void this.enqueue(() => this.packAndSave());
  }

  /** Folds the delta into the base and persists it; runs inside the queue, so no change is lost. */
  private async packAndSave(): Promise<void> {
    await this.followers;
    if (!this.index) return;
    const packed = await compact(this.index);
    this.index = packed;
    await saveIndex(this.options.indexDir, packed);
    await this.texts?.flush();
    this.unsavedChanges = 0;
  }
}
