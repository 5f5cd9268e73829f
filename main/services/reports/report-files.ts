import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ReportFields } from '../../../shared/report/fields';
import { ReportId, type ReportFile, type ReportMeta } from '../../../shared/report/report';
import { isTempFile, writeFileAtomic } from '../fs/atomic-write';
import type { FsLike } from '../fs/fs-like';
import { toVietnamIso } from '../archive/time';
import { readReportFile, type ReportRead } from './report-file';
import { entryOf, sameStamp, stampOf, type ReportEntry } from './report-list';

/** The state a change starts from; `content` is there only when the caller asked for it. */
export type ReportState = {
  meta: ReportMeta;
  fields: ReportFields;
  content?: ReportFile['content'];
};

/**
 * reports/<id>.json on disk plus an in-memory entry per file (meta, fields and the file's
 * identity). The entry lets an autosave check the revision with one stat instead of reading
 * and parsing a large report each time, while still noticing another writer's rename.
 */
export class ReportFiles {
  private entries: Map<string, ReportEntry> | null = null;

  constructor(
    private readonly dir: () => string,
    private readonly fs: FsLike,
    /** Told after each report file written, so open lists can follow. */
    private readonly written: (id: string) => void = () => undefined,
  ) {}

  folder(): string {
    return path.join(this.dir(), 'reports');
  }

  pathOf(id: string): string {
    if (!ReportId.safeParse(id).success) throw new AppError('not-found', id.slice(0, 50));
    return path.join(this.folder(), `${id}.json`);
  }

  async all(): Promise<Map<string, ReportEntry>> {
    if (this.entries) return this.entries;
    const entries = new Map<string, ReportEntry>();
    const names = await this.fs.readdir(this.folder()).catch(() => [] as string[]);
    for (const name of names) {
      const id = name.slice(0, -5);
      if (!name.endsWith('.json') || isTempFile(name) || !ReportId.safeParse(id).success) continue;
      const file = path.join(this.folder(), name);
      const stats = await this.fs.stat(file).catch(() => null);
      if (!stats) continue;
      const read = await readReportFile(this.fs, file);
      if (read.kind === 'ok') entries.set(id, entryOf(read.report, stampOf(stats)));
      else if (read.kind === 'damaged') entries.set(id, damagedEntry(id, read.reason, stats.mtime));
    }
    this.entries ??= entries;
    return this.entries;
  }

  /** Reads the file and refreshes its entry; a missing file is 'not-found'. */
  async read(id: string): Promise<Exclude<ReportRead, { kind: 'missing' }>> {
    const file = this.pathOf(id);
    const entries = await this.all();
    const stats = await this.fs.stat(file).catch(() => null);
    const read: ReportRead = stats ? await readReportFile(this.fs, file) : { kind: 'missing' };
    if (read.kind === 'missing' || !stats) {
      entries.delete(id);
      throw new AppError('not-found', id);
    }
    if (read.kind === 'ok') entries.set(id, entryOf(read.report, stampOf(stats)));
    else entries.set(id, damagedEntry(id, read.reason, stats.mtime));
    return read;
  }

  async require(id: string): Promise<ReportFile> {
    const read = await this.read(id);
    if (read.kind === 'ok') return read.report;
    // Never written over: the user opens the newest version as a copy instead.
    throw new AppError('archive-corrupt', `reports/${id}.json: ${read.reason}`);
  }

  /** The current meta and fields; from memory when the file on disk is still the one last seen. */
  async current(id: string, withContent: boolean): Promise<ReportState> {
    if (!withContent) {
      const cached = (await this.all()).get(id);
      const stats = await this.fs.stat(this.pathOf(id)).catch(() => null);
      if (cached?.kind === 'ok' && stats && sameStamp(cached.stamp, stampOf(stats)))
        return { meta: cached.meta, fields: cached.fields };
    }
    return this.require(id);
  }

  async write(report: ReportFile): Promise<void> {
    const file = this.pathOf(report.meta.id);
    await this.fs.mkdir(this.folder(), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(report), this.fs);
    const entries = await this.all();
    entries.set(report.meta.id, entryOf(report, stampOf(await this.fs.stat(file))));
    this.written(report.meta.id);
  }

  reset(): void {
    this.entries = null;
  }
}

function damagedEntry(id: string, reason: string, modified: Date): ReportEntry {
  return { kind: 'damaged', id, reason, modifiedAt: toVietnamIso(modified) };
}
