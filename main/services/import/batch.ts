import { AppError } from '../../../shared/errors';
import type { DuplicateMode, FileOverride, ImportReportRow } from '../../../shared/ipc/import';
import type { ArticleDraft, ArticleMeta } from '../../../shared/model';
import { inspectSource, sourceName, type ImportSource } from './import-file';

/** What the importer needs from the archive (main/services/archive implements it). */
export type ImportArchive = {
  addArticle(draft: ArticleDraft): Promise<ArticleMeta>;
  replaceArticle(id: string, draft: ArticleDraft): Promise<ArticleMeta>;
  findDuplicate(draft: ArticleDraft): ArticleMeta | undefined;
  storeMedia(bytes: Uint8Array, ext: string): Promise<string>;
};

export type BatchFile = { key: string; source: ImportSource };

export type BatchRequest = {
  files: BatchFile[];
  duplicateMode: DuplicateMode;
  overrides?: Record<string, FileOverride>;
};

export type BatchContext = {
  signal: AbortSignal;
  progress(done: number, total: number, current: string | null): void;
  /** Called after each file so a report can be read while the batch runs. */
  onRow?(row: ImportReportRow): void;
};

/**
 * Imports files one after another. A failure is recorded for that file and the batch goes on;
 * cancelling stops before the next file and keeps everything already saved.
 */
export async function runImportBatch(archive: ImportArchive, request: BatchRequest, ctx: BatchContext): Promise<ImportReportRow[]> {
  const rows: ImportReportRow[] = [];
  const total = request.files.length;
  for (const [index, file] of request.files.entries()) {
    if (ctx.signal.aborted) break;
    const name = sourceName(file.source);
    ctx.progress(index, total, name);
    const row = await importOne(archive, file, request.overrides?.[file.key] ?? {}, request.duplicateMode);
    rows.push(row);
    ctx.onRow?.(row);
    // Lets progress events and cancel requests through between files.
    await new Promise((resolve) => setImmediate(resolve));
  }
  ctx.progress(rows.length, total, null);
  return rows;
}

async function importOne(archive: ImportArchive, file: BatchFile, override: FileOverride, batchMode: DuplicateMode): Promise<ImportReportRow> {
  const fileName = sourceName(file.source);
  try {
    const inspection = await inspectSource(file.source, { storeMedia: (bytes, ext) => archive.storeMedia(bytes, ext), encoding: override.encoding });
    const draft = applyFields(inspection.draft, override.fields);
    const existing = archive.findDuplicate(draft);
    const mode = override.duplicateMode ?? batchMode;
    const base = { file: fileName, title: draft.title || null, errorCode: null, reason: null };
    if (existing && mode === 'skip') return { ...base, outcome: 'skipped-duplicate', articleId: existing.id };
    if (existing && mode === 'replace') {
      const meta = await archive.replaceArticle(existing.id, draft);
      return { ...base, outcome: 'replaced', articleId: meta.id };
    }
    const meta = await archive.addArticle(draft);
    return { ...base, outcome: existing ? 'kept-both' : 'imported', articleId: meta.id };
  } catch (error) {
    const appError = error instanceof AppError ? error : null;
    return {
      file: fileName,
      outcome: 'failed',
      articleId: null,
      title: null,
      errorCode: appError?.code ?? 'internal',
      reason: appError?.detail ?? (error instanceof Error ? error.message : String(error)),
    };
  }
}

/** Applies what the person corrected in the preview. */
export function applyFields(draft: ArticleDraft, fields: FileOverride['fields']): ArticleDraft {
  if (!fields) return draft;
  const next = { ...draft };
  if (fields.title !== undefined && fields.title.trim()) next.title = fields.title.trim().normalize('NFC');
  if (fields.publishedAt !== undefined) next.publishedAt = fields.publishedAt;
  if (fields.category !== undefined) next.category = fields.category?.trim().normalize('NFC') || null;
  if (fields.author !== undefined) next.author = fields.author?.trim().normalize('NFC') || null;
  return next;
}
