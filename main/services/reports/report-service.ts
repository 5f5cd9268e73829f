import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { DamagedReport, ReportListItem } from '../../../shared/ipc/reports';
import type { DocNode } from '../../../shared/report/document';
import type { ReportFields } from '../../../shared/report/fields';
import {
  type ReportFile,
  type ReportLayout,
  type ReportMeta,
  type ReportTemplate,
  type ReportVersionInfo,
} from '../../../shared/report/report';
import { templateStart } from '../../../shared/report/templates';
import { nodeFs, type FsLike } from '../fs/fs-like';
import { KeyedQueue } from '../fs/keyed-queue';
import { toVietnamIso } from '../archive/time';
import { wordsOf } from './report-file';
import { ReportFiles, type ReportState } from './report-files';
import { selectItems } from './report-list';
import { decodeBase64Image, putImage, type MediaSink, type StoredImage } from './report-media';
import { VersionStore, type VersionContent, type VersionReason } from './report-versions';

export type ReportServiceDeps = {
  /** The archive folder; a function because the archive can move while the app runs. */
  dir: () => string;
  /** Where images go (the archive's media/ store, by content hash). */
  media: MediaSink;
  fs?: FsLike;
  now?: () => Date;
  /** Throws when the archive is read-only (opened so, or damaged). */
  assertWritable?: () => void;
};

export type CreateInput = {
  title?: string;
  template?: ReportTemplate;
  fields?: Partial<ReportFields>;
  content?: DocNode;
};

export type SaveInput = {
  id: string;
  baseRevision: number;
  title?: string;
  fields?: ReportFields;
  layout?: ReportLayout;
  final?: boolean;
  content: DocNode;
};

/**
 * Reports as files in <archive>/reports/ (DESIGN.md "Reports"): one file per report written
 * atomically, a revision that refuses saves from an older state, a trash, and versions. Only
 * metadata and fields stay in memory; a save checks the file's identity on disk (one stat), so
 * a second writer on the same folder is noticed, not overwritten.
 */
export class ReportService {
  private readonly queue = new KeyedQueue();
  private readonly fs: FsLike;
  private readonly now: () => Date;
  private readonly versionStore: VersionStore;
  private readonly files: ReportFiles;
  private readonly listeners = new Set<(ids: string[]) => void>();

  constructor(private readonly deps: ReportServiceDeps) {
    this.fs = deps.fs ?? nodeFs;
    this.now = deps.now ?? (() => new Date());
    this.versionStore = new VersionStore(deps.dir, this.fs, this.now);
    this.files = new ReportFiles(deps.dir, this.fs, (id) => this.changed([id]));
  }

  async list(options: { query?: string; trash?: boolean } = {}): Promise<ReportListItem[]> {
    return selectItems((await this.files.all()).values(), options);
  }

  /** Damaged report files, for `verify` and the archive status. */
  async problems(): Promise<{ file: string; reason: string }[]> {
    return [...(await this.files.all()).values()]
      .filter((entry) => entry.kind === 'damaged')
      .map((entry) => ({ file: `reports/${entry.id}.json`, reason: entry.reason }));
  }

  async get(id: string): Promise<{ report: ReportFile | null; damaged: DamagedReport | null }> {
    const read = await this.files.read(id);
    if (read.kind === 'ok') return { report: read.report, damaged: null };
    const newest = (await this.versionStore.list(id))[0];
    return {
      report: null,
      damaged: {
        file: this.files.pathOf(id),
        reason: read.reason,
        newestVersion: newest ? withoutAt(newest) : null,
      },
    };
  }

  async create(input: CreateInput = {}): Promise<ReportFile> {
    this.deps.assertWritable?.();
    const start = templateStart(input.template);
    const fields = { ...start.fields, ...input.fields };
    const content = input.content ?? start.content;
    const at = toVietnamIso(this.now());
    const report: ReportFile = {
      meta: {
        id: `r${randomBytes(6).toString('hex')}`,
        title: (input.title ?? fields.summary).slice(0, 500),
        createdAt: at,
        updatedAt: at,
        revision: 0,
        words: wordsOf(content),
        layout: start.layout,
        final: false,
        deletedAt: null,
      },
      fields,
      content,
    };
    await this.queue.run(report.meta.id, () => this.files.write(report));
    return report;
  }

  /** Autosave. Refused with 'report-conflict' when the file moved on since `baseRevision`. */
  save(input: SaveInput): Promise<ReportMeta> {
    return this.update(
      input.id,
      input.baseRevision,
      (current) => ({
        meta: {
          ...current.meta,
          title: input.title ?? current.meta.title,
          layout: input.layout ?? current.meta.layout,
          final: input.final ?? current.meta.final,
          words: wordsOf(input.content),
          updatedAt: toVietnamIso(this.now()),
        },
        fields: input.fields ?? current.fields,
        content: input.content,
      }),
      false,
    ).then((report) => report.meta);
  }

  async rename(id: string, title: string): Promise<ReportMeta> {
    const at = toVietnamIso(this.now());
    const report = await this.updateFull(id, null, (current) => ({
      ...current,
      meta: { ...current.meta, title, updatedAt: at },
    }));
    return report.meta;
  }

  /** Moves to the trash; `restore` brings it back unchanged (the Undo of the toast). */
  async delete(id: string): Promise<ReportMeta> {
    const at = toVietnamIso(this.now());
    const report = await this.updateFull(id, null, (current) => ({
      ...current,
      meta: { ...current.meta, deletedAt: current.meta.deletedAt ?? at },
    }));
    return report.meta;
  }

  async restore(id: string): Promise<ReportMeta> {
    const report = await this.updateFull(id, null, (current) => ({
      ...current,
      meta: { ...current.meta, deletedAt: null },
    }));
    return report.meta;
  }

  async duplicate(id: string): Promise<ReportMeta> {
    const source = await this.files.require(id);
    const copy = await this.create({
      title: `${source.meta.title} (bản sao)`.slice(0, 500),
      fields: source.fields,
      content: source.content,
    });
    return copy.meta;
  }

  /** Copies a report from another archive under its own id, unless that id exists here. */
  async adopt(report: ReportFile): Promise<boolean> {
    this.deps.assertWritable?.();
    if ((await this.files.all()).has(report.meta.id)) return false;
    await this.queue.run(report.meta.id, () => this.files.write(report));
    return true;
  }

  async versions(id: string): Promise<ReportVersionInfo[]> {
    this.files.pathOf(id);
    return (await this.versionStore.list(id)).map(withoutAt);
  }

  version(id: string, versionId: string): Promise<VersionContent> {
    this.files.pathOf(id);
    return this.versionStore.read(id, versionId);
  }

  /** A snapshot of the report as it is on disk now: exports call this with 'export'. */
  async snapshot(id: string, reason: VersionReason): Promise<ReportVersionInfo> {
    this.deps.assertWritable?.();
    return this.queue.run(id, async () =>
      withoutAt(await this.versionStore.snapshot(await this.files.require(id), reason)),
    );
  }

  /** Puts a version back as a new revision, after a 'before-restore' snapshot that undoes it. */
  async restoreVersion(id: string, versionId: string): Promise<ReportFile> {
    const version = await this.version(id, versionId);
    return this.updateFull(id, null, async (current) => {
      await this.versionStore.snapshot(current, 'before-restore');
      return {
        meta: {
          ...current.meta,
          title: version.title,
          words: wordsOf(version.content),
          updatedAt: toVietnamIso(this.now()),
        },
        fields: version.fields,
        content: version.content,
      };
    });
  }

  async putMedia(name: string, base64: string): Promise<StoredImage> {
    this.deps.assertWritable?.();
    return putImage(this.deps.media, name, decodeBase64Image(name, base64));
  }

  /** Resolves when every queued write has finished (closing, tests). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Forgets what is cached (after a restore or a move replaced the files). */
  reset(): void {
    this.files.reset();
    this.versionStore.reset();
    this.changed([]);
  }

  /**
   * Every report written (created, saved, renamed, trashed, a quote added…) by anyone in this
   * process: another window's list, or the reader's quote, must show it. An empty list means
   * the whole folder was replaced. No other process writes here while the app runs: the
   * archive lock makes the CLI refuse, so in-process changes are all there is to hear.
   */
  onChange(listener: (ids: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(ids: string[]): void {
    for (const listener of this.listeners) listener(ids);
  }

  private updateFull(
    id: string,
    baseRevision: number | null,
    change: (current: ReportFile) => ReportFile | Promise<ReportFile>,
  ): Promise<ReportFile> {
    return this.update(id, baseRevision, (current) => change(current as ReportFile), true);
  }

  /**
   * Under the report's queue: takes the current state, checks the revision (null: any), writes
   * what `change` makes of it one revision higher, and lets versions snapshot.
   */
  private update(
    id: string,
    baseRevision: number | null,
    change: (current: ReportState) => ReportFile | Promise<ReportFile>,
    withContent = true,
  ): Promise<ReportFile> {
    this.deps.assertWritable?.();
    return this.queue.run(id, async () => {
      const current = await this.files.current(id, withContent);
      const revision = current.meta.revision;
      if (baseRevision !== null && baseRevision !== revision)
        throw new AppError(
          'report-conflict',
          `${id}: this copy is revision ${baseRevision}, the file is at revision ${revision}`,
        );
      const next = await change(current);
      const report = { ...next, meta: { ...next.meta, id, revision: revision + 1 } };
      await this.files.write(report);
      await this.versionStore.afterSave(report);
      return report;
    });
  }
}

function withoutAt<T extends { at: number }>(info: T): Omit<T, 'at'> {
  const { at: _at, ...rest } = info;
  return rest;
}
