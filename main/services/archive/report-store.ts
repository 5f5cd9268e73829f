import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { ReportMetaSchema, type ReportMeta } from '../../../shared/model';
import type { FsLike } from '../fs/fs-like';
import { isTempFile, writeFileAtomic } from '../fs/atomic-write';
import { KeyedQueue } from '../fs/keyed-queue';
import { describeIssue, readJson } from './json-file';
import type { ArchiveProblem } from './problems';

/** reports/<id>.json: the editor's document (tiptap JSON) plus the header fields, as the editor gives them. */
export const ReportFileSchema = z.object({ meta: ReportMetaSchema, content: z.unknown() });
export type ReportFile = z.infer<typeof ReportFileSchema>;
export type ReportSave = { id?: string; title: string; content: unknown };

const REPORT_ID = /^r[0-9a-f]{12}$/;

/**
 * One file per report, so an autosave rewrites only that report (a few kilobytes) however big
 * the archive is. Metadata is read once on first use and then kept in memory.
 */
export class ReportStore {
  private readonly queue = new KeyedQueue();
  private metas: Map<string, ReportMeta> | null = null;

  constructor(
    private readonly dir: string,
    private readonly fs: FsLike,
    private readonly now: () => string,
    private readonly onProblem: (problem: ArchiveProblem) => void,
  ) {}

  private pathOf(id: string): string {
    if (!REPORT_ID.test(id)) throw new AppError('not-found', id.slice(0, 50));
    return path.join(this.dir, 'reports', `${id}.json`);
  }

  async list(): Promise<ReportMeta[]> {
    if (!this.metas) {
      const metas = new Map<string, ReportMeta>();
      const names = await this.fs
        .readdir(path.join(this.dir, 'reports'))
        .catch(() => [] as string[]);
      for (const name of names.filter((n) => n.endsWith('.json') && !isTempFile(n))) {
        const report = await this.read(name.slice(0, -5)).catch(() => null);
        if (report) metas.set(report.meta.id, report.meta);
      }
      this.metas = metas;
    }
    return [...this.metas.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async get(id: string): Promise<ReportFile> {
    const report = await this.read(id);
    if (!report) throw new AppError('not-found', id);
    return report;
  }

  private async read(id: string): Promise<ReportFile | null> {
    const file = this.pathOf(id);
    const result = await readJson(this.fs, file);
    if (result.kind === 'missing') return null;
    const parsed = result.kind === 'ok' ? ReportFileSchema.safeParse(result.value) : null;
    if (parsed?.success) return parsed.data;
    const reason =
      result.kind === 'bad' ? result.reason : describeIssue(parsed?.error?.issues ?? []);
    this.onProblem({ file: path.join('reports', `${id}.json`), reason });
    throw new AppError('archive-corrupt', `reports/${id}.json: ${reason}`);
  }

  async save(input: ReportSave): Promise<ReportMeta> {
    const id = input.id ?? `r${randomBytes(6).toString('hex')}`;
    const file = this.pathOf(id);
    return this.queue.run(file, async () => {
      const metas = await this.listMap();
      // A damaged file under this id throws here, so it is never overwritten.
      if (!metas.has(id)) await this.read(id);
      const at = this.now();
      const meta: ReportMeta = {
        id,
        title: input.title,
        createdAt: metas.get(id)?.createdAt ?? at,
        updatedAt: at,
      };
      await this.fs.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, JSON.stringify({ meta, content: input.content }), this.fs);
      metas.set(id, meta);
      return meta;
    });
  }

  async remove(id: string): Promise<void> {
    const file = this.pathOf(id);
    await this.queue.run(file, () => this.fs.rm(file, { force: true }));
    this.metas?.delete(id);
  }

  /** Forgets the cached list (after a restore replaced the files). */
  reset(): void {
    this.metas = null;
  }

  private async listMap(): Promise<Map<string, ReportMeta>> {
    await this.list();
    return this.metas!;
  }
}
