import { AppError } from '../../../shared/errors';
import type { DuplicateMode, FileOverride, ImportReportRow } from '../../../shared/ipc/import';
import { ArticleDraftSchema, type ArticleDraft, type ArticleMeta } from '../../../shared/model';
import { contentHash } from '../archive/content-hash';
import { sourceName, type ImportSource } from './import-file';
import { parseFile, type ParsedFile, type ParseTask } from './parse-file';

/** What the importer needs from the archive (main/services/archive implements it). */
export type ImportArchive = {
  addArticle(draft: ArticleDraft): Promise<ArticleMeta>;
  addArticlesBulk(
    drafts: AsyncIterable<ArticleDraft>,
    options: { signal?: AbortSignal },
  ): Promise<ArticleMeta[]>;
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
 * From this many files on, new articles go through the archive's bulk path (bodies written in
 * parallel, one catalogue snapshot, one backup before) instead of one durable commit each.
 */
export const BULK_FROM = 20;

/** Parses one file (in a worker pool for the app; in this thread for a preview or a test). */
export type ParseFn = (task: ParseTask, signal: AbortSignal) => Promise<ParsedFile>;

export type BatchParser = {
  parse: ParseFn;
  /** Files parsed ahead of the one being saved: keeps every worker busy, bounds what waits in memory. */
  lookahead: number;
};

export const IN_THREAD: BatchParser = { parse: (task) => parseFile(task), lookahead: 0 };

/** `sameAs`: an earlier file of this batch holding the same article, whose id is known only once saved. */
type Decision = { row: ImportReportRow; add?: ArticleDraft; sameAs?: ImportReportRow };

/**
 * Imports files in order; up to `lookahead` files are parsed ahead of the one being saved. A
 * failure is recorded for that file and the batch goes on; cancelling stops before the next
 * file, drops what was parsed ahead and keeps everything already saved.
 */
export async function runImportBatch(
  archive: ImportArchive,
  request: BatchRequest,
  ctx: BatchContext,
  parser: BatchParser = IN_THREAD,
): Promise<ImportReportRow[]> {
  const rows: ImportReportRow[] = [];
  const total = request.files.length;
  const pending = new Map<string, ImportReportRow>();
  const sameAs: [ImportReportRow, ImportReportRow][] = [];
  const parsed = parseAhead(request, parser, ctx.signal);
  const decide = async function* (): AsyncGenerator<{ file: BatchFile; decision: Decision }> {
    for (const [index, file] of request.files.entries()) {
      if (ctx.signal.aborted) return;
      ctx.progress(index, total, sourceName(file.source));
      const result = await parsed(index);
      // Cancelled while this file was parsing: it is left out like the rest, not a failure.
      if (ctx.signal.aborted) return;
      const decision = await decideOne(archive, file, request, pending, result);
      if (decision.sameAs) sameAs.push([decision.row, decision.sameAs]);
      yield { file, decision };
      // Lets progress events and cancel requests through between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  if (total < BULK_FROM) {
    for await (const { decision } of decide()) {
      if (decision.add) await addOne(archive, decision);
      rows.push(decision.row);
      ctx.onRow?.(decision.row);
    }
  } else {
    const queued: ImportReportRow[] = [];
    const drafts = async function* () {
      for await (const { decision } of decide()) {
        rows.push(decision.row);
        ctx.onRow?.(decision.row);
        if (!decision.add) continue;
        queued.push(decision.row);
        yield decision.add;
      }
    };
    await addBulk(archive, drafts(), queued, ctx.signal);
  }
  for (const [row, earlier] of sameAs) row.articleId = earlier.articleId;
  ctx.progress(rows.length, total, null);
  return rows;
}

async function addOne(archive: ImportArchive, decision: Decision): Promise<void> {
  try {
    decision.row.articleId = (await archive.addArticle(decision.add!)).id;
  } catch (error) {
    Object.assign(decision.row, failedRow(decision.row.file, error));
  }
}

async function addBulk(
  archive: ImportArchive,
  drafts: AsyncIterable<ArticleDraft>,
  queued: ImportReportRow[],
  signal: AbortSignal,
): Promise<void> {
  try {
    const metas = await archive.addArticlesBulk(drafts, { signal });
    metas.forEach((meta, i) => (queued[i].articleId = meta.id));
  } catch (error) {
    // The catalogue took none of the bulk: every queued file is reported as failed, none silently lost.
    for (const row of queued) Object.assign(row, failedRow(row.file, error));
  }
}

type Settled = { ok: true; value: ParsedFile } | { ok: false; error: unknown };

/** The parse of file `index`, started up to `lookahead` files before it is needed. */
function parseAhead(
  request: BatchRequest,
  parser: BatchParser,
  signal: AbortSignal,
): (index: number) => Promise<Settled> {
  const started = new Map<number, Promise<Settled>>();
  let next = 0;
  const start = (i: number) => {
    const file = request.files[i];
    const encoding = request.overrides?.[file.key]?.encoding;
    started.set(
      i,
      parser.parse({ source: file.source, encoding }, signal).then(
        (value): Settled => ({ ok: true, value }),
        (error: unknown): Settled => ({ ok: false, error }),
      ),
    );
  };
  return (index) => {
    for (; next <= index + parser.lookahead && next < request.files.length; next++) start(next);
    const result = started.get(index)!;
    started.delete(index);
    return result;
  };
}

/** Writes a parsed file's images through the archive; the draft already refers to them by hash. */
async function storeMedia(archive: ImportArchive, parsed: ParsedFile): Promise<void> {
  for (const media of parsed.media) {
    const ref = await archive.storeMedia(media.bytes, media.ext);
    if (ref !== media.ref) throw new AppError('internal', `media ${ref} ≠ ${media.ref}`);
  }
}

async function decideOne(
  archive: ImportArchive,
  file: BatchFile,
  request: BatchRequest,
  pending: Map<string, ImportReportRow>,
  parsed: Settled,
): Promise<Decision> {
  const fileName = sourceName(file.source);
  const override = request.overrides?.[file.key] ?? {};
  try {
    if (!parsed.ok) throw parsed.error;
    const draft = applyFields(parsed.value.inspection.draft, override.fields);
    const valid = ArticleDraftSchema.safeParse(draft);
    if (!valid.success) throw new AppError('invalid-input', valid.error.issues[0]?.message);
    const mode = override.duplicateMode ?? request.duplicateMode;
    const base = {
      file: fileName,
      title: draft.title || null,
      errorCode: null,
      reason: null,
      articleId: null,
    };
    const existing = archive.findDuplicate(draft);
    const keys = [
      `hash:${contentHash(draft.text)}`,
      ...(draft.sourceUrl ? [`url:${draft.sourceUrl}`] : []),
    ];
    const earlier = keys.map((key) => pending.get(key)).find(Boolean);
    if (existing && mode === 'skip')
      return { row: { ...base, outcome: 'skipped-duplicate', articleId: existing.id } };
    if (existing && mode === 'replace') {
      await storeMedia(archive, parsed.value);
      return {
        row: {
          ...base,
          outcome: 'replaced',
          articleId: (await archive.replaceArticle(existing.id, draft)).id,
        },
      };
    }
    // A second copy within this batch is not in the catalogue yet; skip/replace both keep the first.
    if (earlier && mode !== 'keep')
      return { row: { ...base, outcome: 'skipped-duplicate' }, sameAs: earlier };
    const row: ImportReportRow = {
      ...base,
      outcome: existing || earlier ? 'kept-both' : 'imported',
    };
    for (const key of keys) if (!pending.has(key)) pending.set(key, row);
    await storeMedia(archive, parsed.value);
    return { row, add: valid.data };
  } catch (error) {
    return { row: failedRow(fileName, error) };
  }
}

function failedRow(file: string, error: unknown): ImportReportRow {
  const appError = error instanceof AppError ? error : null;
  return {
    file,
    outcome: 'failed',
    articleId: null,
    title: null,
    errorCode: appError?.code ?? 'internal',
    reason: appError?.detail ?? (error instanceof Error ? error.message : String(error)),
  };
}

/** Applies what the person corrected in the preview. */
export function applyFields(draft: ArticleDraft, fields: FileOverride['fields']): ArticleDraft {
  if (!fields) return draft;
  const next = { ...draft };
  if (fields.title !== undefined && fields.title.trim())
    next.title = fields.title.trim().normalize('NFC');
  if (fields.publishedAt !== undefined) next.publishedAt = fields.publishedAt;
  if (fields.category !== undefined)
    next.category = fields.category?.trim().normalize('NFC') || null;
  if (fields.author !== undefined) next.author = fields.author?.trim().normalize('NFC') || null;
  return next;
}
