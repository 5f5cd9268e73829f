import { AppError } from '../../../shared/errors';
import {
  archiveContext,
  newestGoodBackup,
  openCatalog,
  lockForOpen,
  takeLock,
  type ArchiveContext,
  type ArchiveOptions,
  type CatalogHandle,
} from './archive-open';
import { copyArchive, removeArchiveFiles } from './archive-move';
import { BackupStore, type BackupInfo, type BackupKind } from './backups';
import { BodyStore } from './body-store';
import { writeCatalogHead } from './catalog-head';
import type { CatalogOp } from './catalog-schema';
import { MediaStore } from './media-store';
import type { ArchiveProblem } from './problems';
import { ReportService } from '../reports/report-service';
import { restoreBackup } from './restore';
import { sortByDate } from './date-order';
import { vietnamDay } from './time';
import { verifyFiles, type VerifyReport } from './verify';

export type ArchiveChange = { type: 'added' | 'updated' | 'deleted'; ids: string[] };
export type ArchiveStatus = {
  readOnly: boolean;
  problems: ArchiveProblem[];
  newestBackup: string | null;
};

/**
 * The archive's life cycle: opening, status, backups and restore, moving, compaction, closing.
 * The article, category and report API lives in archive.ts on top of this.
 */
export class ArchiveCore {
  private readonly listeners = new Set<(change: ArchiveChange) => void>();
  protected readonly missingBodies = new Set<string>();
  private background: Promise<unknown> = Promise.resolve();
  private newestBackup: string | null = null;
  private isClosed = false;
  protected bodies!: BodyStore;
  protected media!: MediaStore;
  protected backups!: BackupStore;
  /** Reports in reports/: one service for the archive's life, following it through a move or restore. */
  readonly reports: ReportService;
  protected catalog!: CatalogHandle;

  protected constructor(
    protected readonly ctx: ArchiveContext,
    private readonly requestedReadOnly: boolean,
    private release: (() => Promise<void>) | null,
  ) {
    this.reports = new ReportService({
      dir: () => this.ctx.dir,
      fs: ctx.fs,
      now: ctx.now,
      assertWritable: () => this.assertWritable(),
      media: { store: (bytes, ext) => this.media.store(bytes, ext) },
    });
  }

  protected static async openWith<T extends ArchiveCore>(
    dir: string,
    options: ArchiveOptions,
    make: (ctx: ArchiveContext, release: (() => Promise<void>) | null) => T,
  ): Promise<T> {
    const ctx = archiveContext(dir, options);
    const release = options.readOnly ? null : await lockForOpen(ctx, options.lock);
    const archive = make(ctx, release);
    try {
      await archive.load();
    } catch (error) {
      await release?.();
      throw error;
    }
    return archive;
  }

  get dir(): string {
    return this.ctx.dir;
  }

  status(): ArchiveStatus {
    return {
      readOnly: this.catalog.store === null,
      problems: [...this.catalog.problems],
      newestBackup: this.newestBackup,
    };
  }

  /** (Re)builds the per-folder stores; a move points them at the new folder. */
  private bindStores(): void {
    const { dir, fs, now } = this.ctx;
    this.bodies = new BodyStore(dir, fs);
    this.media = new MediaStore(dir, fs);
    this.backups = new BackupStore(dir, fs, now);
  }

  protected async load(): Promise<void> {
    this.bindStores();
    this.catalog = await openCatalog(this.ctx, !this.requestedReadOnly, this.bodies, this.backups);
    this.reports.reset();
    this.missingBodies.clear();
    if (this.catalog.problems.length > 0)
      this.newestBackup = await newestGoodBackup(this.ctx, this.backups);
    else this.newestBackup = (await this.backups.list())[0]?.name ?? null;
    this.inBackground(() => this.scanBodies());
    if (this.catalog.store) this.inBackground(() => this.ensureDailyBackup());
  }

  onChange(listener: (change: ArchiveChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async backup(kind: BackupKind = 'manual'): Promise<BackupInfo> {
    const store = this.requireStore();
    const info = await store.exclusive(() =>
      this.backups.create(kind, this.catalog.state.articles.size),
    );
    this.newestBackup = info.name;
    return info;
  }

  listBackups(): Promise<BackupInfo[]> {
    return this.backups.list();
  }

  /** Puts a backup's catalogue and reports back; damaged files are moved aside first, never deleted. */
  async restore(name: string): Promise<ArchiveStatus> {
    if (this.requestedReadOnly) throw new AppError('archive-read-only', 'opened read-only');
    const folder = this.backups.folderOf(name);
    // A well-formed name whose backup is gone (deleted, or listed by a window opened earlier)
    // would restore nothing: the catalogue would be replaced by an empty one.
    if (!(await this.backups.list()).some((info) => info.name === name))
      throw new AppError('not-found', name);
    if (this.catalog.store) await this.backup('pre-restore');
    await this.catalog.store?.close();
    await restoreBackup(this.ctx, folder, this.catalog.problems.length > 0);
    await this.load();
    this.emit({ type: 'updated', ids: [] });
    return this.status();
  }

  /**
   * Moves the archive to another folder (a USB drive, a shared folder). The same Archive object
   * carries on from the new place, so every service holding it keeps working.
   */
  async moveTo(target: string): Promise<void> {
    this.requireStore();
    const to = await copyArchive(this, target, this.catalog.state.articles.size);
    await this.catalog.store?.close();
    if (this.catalog.store && this.catalog.problems.length === 0) await this.writeHead();
    await this.release?.();
    const from = this.ctx.dir;
    this.ctx.dir = to;
    try {
      this.release = await takeLock(this.ctx);
      await this.load();
    } catch (error) {
      this.ctx.dir = from;
      this.release = await takeLock(this.ctx);
      await this.load();
      throw error;
    }
    await removeArchiveFiles(from);
    this.emit({ type: 'updated', ids: [] });
  }

  /** Checks every file of the archive; problems found while loading come first. */
  async verify(onProgress?: (done: number, total: number) => void): Promise<VerifyReport> {
    const { dir, fs } = this.ctx;
    const parts = {
      dir,
      fs,
      state: this.catalog.state,
      bodies: this.bodies,
      media: this.media,
      reports: this.reports,
    };
    const report = await verifyFiles(parts, onProgress);
    const seen = new Set(report.problems.map((p) => p.file));
    report.problems.unshift(...this.catalog.problems.filter((p) => !seen.has(p.file)));
    return report;
  }

  /** Folds the journal into catalog.json now (normally done in the background). */
  async compact(): Promise<void> {
    await this.requireStore().compact();
  }

  /** Resolves when background work (compaction, the daily backup, the body scan) is done. */
  async idle(): Promise<void> {
    await this.background;
    await this.catalog.store?.idle();
  }

  get closed(): boolean {
    return this.isClosed;
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    await this.idle();
    await this.reports.idle();
    await this.catalog.store?.close();
    if (this.catalog.store && this.catalog.problems.length === 0) await this.writeHead();
    await this.release?.();
    this.release = null;
    this.listeners.clear();
  }

  /** The next start's first page (catalog-head.ts); only a shortcut, so a failure costs nothing. */
  private async writeHead(): Promise<void> {
    const list = this.catalog.state.list();
    await writeCatalogHead(
      this.ctx.dir,
      sortByDate(list, -1),
      list.length,
      (id) => this.missingBodies.has(id),
      this.ctx.fs,
    ).catch((error: unknown) => console.error('[archive] catalog head not written', error));
  }

  protected async commit(ops: CatalogOp[]): Promise<void> {
    await this.requireStore().commit(ops);
  }

  protected requireStore() {
    this.assertWritable();
    return this.catalog.store!;
  }

  protected assertWritable(): void {
    if (this.catalog.store) return;
    const first = this.catalog.problems[0];
    throw new AppError(
      'archive-read-only',
      first ? `${first.file}: ${first.reason}` : 'opened read-only',
    );
  }

  /** A damaged file found after opening (a body, a report): stop writing so it is never overwritten. */
  protected addProblem(problem: ArchiveProblem): void {
    if (this.catalog.problems.some((p) => p.file === problem.file)) return;
    this.catalog.problems.push(problem);
    const store = this.catalog.store;
    this.catalog.store = null;
    this.inBackground(async () => {
      await store?.close();
      this.newestBackup = await newestGoodBackup(this.ctx, this.backups);
    });
  }

  protected emit(change: ArchiveChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private inBackground(work: () => Promise<unknown>): void {
    this.background = this.background
      .then(work)
      .catch((error: unknown) => console.error('[archive] background work failed', error));
  }

  private async scanBodies(): Promise<void> {
    const present = await this.bodies.listIds();
    for (const id of this.catalog.state.articles.keys())
      if (!present.has(id)) this.missingBodies.add(id);
  }

  private async ensureDailyBackup(): Promise<void> {
    const today = vietnamDay(this.ctx.now());
    const backups = await this.backups.list();
    if (backups.some((info) => info.kind === 'daily' && info.createdAt.startsWith(today))) return;
    if (this.catalog.store) await this.backup('daily');
  }
}
