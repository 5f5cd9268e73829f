import path from 'node:path';
import type { DocNode } from '../../../shared/report/document';
import type { ReportFields } from '../../../shared/report/fields';
import type { ReportFile, ReportVersionInfo } from '../../../shared/report/report';
import { AppError } from '../../../shared/errors';
import { isTempFile, writeFileAtomic } from '../fs/atomic-write';
import type { FsLike } from '../fs/fs-like';
import { readJson } from '../archive/json-file';
import { fileStamp, toVietnamIso, vietnamDay } from '../archive/time';

export type VersionReason = ReportVersionInfo['reason'];
export type VersionContent = { title: string; fields: ReportFields; content: DocNode };

/** While a report changes, at most one automatic snapshot per this interval. */
export const AUTO_SNAPSHOT_MS = 5 * 60 * 1000;
/** Snapshots older than this thin out to one per day. */
export const THIN_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
/**
 * The file name carries everything the list shows (time, reason, words), so listing a
 * report's history is one readdir however large the snapshots are.
 */
const VERSION_ID = /^v(\d{8})-(\d{6})-(\d{3})-(auto|export|before-restore|manual)-(\d{1,9})$/;

function parseVersionId(id: string): (ReportVersionInfo & { at: number }) | null {
  const match = VERSION_ID.exec(id);
  if (!match) return null;
  const [, day, time, ms, reason, words] = match as unknown as string[];
  const at =
    Date.UTC(
      Number(day!.slice(0, 4)),
      Number(day!.slice(4, 6)) - 1,
      Number(day!.slice(6, 8)),
      Number(time!.slice(0, 2)),
      Number(time!.slice(2, 4)),
      Number(time!.slice(4, 6)),
      Number(ms),
    ) - VN_OFFSET_MS;
  return {
    id,
    at,
    createdAt: toVietnamIso(new Date(at)),
    words: Number(words),
    reason: reason as VersionReason,
  };
}

/** reports/versions/<id>/<versionId>.json: whole copies of a report at moments worth going back to. */
export class VersionStore {
  private readonly lastAuto = new Map<string, number>();

  constructor(
    private readonly dir: () => string,
    private readonly fs: FsLike,
    private readonly now: () => Date,
  ) {}

  private folder(reportId: string): string {
    return path.join(this.dir(), 'reports', 'versions', reportId);
  }

  /** Newest first. */
  async list(reportId: string): Promise<(ReportVersionInfo & { at: number })[]> {
    const names = await this.fs.readdir(this.folder(reportId)).catch(() => [] as string[]);
    return names
      .filter((name) => name.endsWith('.json') && !isTempFile(name))
      .map((name) => parseVersionId(name.slice(0, -5)))
      .filter((info) => info !== null)
      .sort((a, b) => b.at - a.at);
  }

  async read(reportId: string, versionId: string): Promise<VersionContent> {
    if (!parseVersionId(versionId)) throw new AppError('not-found', versionId.slice(0, 80));
    const result = await readJson(this.fs, path.join(this.folder(reportId), `${versionId}.json`));
    if (result.kind === 'missing') throw new AppError('not-found', versionId);
    if (result.kind === 'bad')
      throw new AppError('archive-corrupt', `${versionId}: ${result.reason}`);
    const value = result.value as VersionContent;
    return { title: value.title, fields: value.fields, content: value.content };
  }

  async snapshot(
    report: ReportFile,
    reason: VersionReason,
  ): Promise<ReportVersionInfo & { at: number }> {
    const existing = new Set((await this.list(report.meta.id)).map((info) => info.id));
    let at = this.now().getTime();
    let id = `v${fileStamp(new Date(at))}-${reason}-${report.meta.words}`;
    // Two snapshots in one millisecond (an export right after an autosave) get distinct names.
    while (existing.has(id)) id = `v${fileStamp(new Date(++at))}-${reason}-${report.meta.words}`;
    const folder = this.folder(report.meta.id);
    await this.fs.mkdir(folder, { recursive: true });
    const body: VersionContent = {
      title: report.meta.title,
      fields: report.fields,
      content: report.content,
    };
    await writeFileAtomic(path.join(folder, `${id}.json`), JSON.stringify(body), this.fs);
    if (reason === 'auto') this.lastAuto.set(report.meta.id, at);
    await this.thin(report.meta.id);
    return parseVersionId(id)!;
  }

  /** Called after every save: snapshots when the last automatic one is five minutes old. */
  async afterSave(report: ReportFile): Promise<void> {
    const id = report.meta.id;
    if (!this.lastAuto.has(id)) {
      const newest = (await this.list(id)).find((info) => info.reason === 'auto');
      this.lastAuto.set(id, newest?.at ?? Number.NEGATIVE_INFINITY);
    }
    if (this.now().getTime() - this.lastAuto.get(id)! >= AUTO_SNAPSHOT_MS)
      await this.snapshot(report, 'auto');
  }

  /** Beyond 30 days, keeps the newest snapshot of each day and removes the rest. */
  async thin(reportId: string): Promise<void> {
    const cutoff = this.now().getTime() - THIN_AFTER_MS;
    const keptDays = new Set<string>();
    for (const info of await this.list(reportId)) {
      if (info.at >= cutoff) continue;
      const day = vietnamDay(new Date(info.at));
      if (!keptDays.has(day)) keptDays.add(day);
      else await this.fs.rm(path.join(this.folder(reportId), `${info.id}.json`), { force: true });
    }
  }

  async removeAll(reportId: string): Promise<void> {
    await this.fs.rm(this.folder(reportId), { recursive: true, force: true });
    this.lastAuto.delete(reportId);
  }

  reset(): void {
    this.lastAuto.clear();
  }
}
