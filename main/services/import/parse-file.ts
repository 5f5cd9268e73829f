import { AppError, ERROR_CODES, type ErrorCode } from '../../../shared/errors';
import type { ImportInspection } from '../../../shared/ipc/import';
import type { TextEncoding } from './detect-encoding';
import { dryMediaSink } from './html-images';
import { inspectSource, type ImportSource } from './import-file';

export type ParseTask = { source: ImportSource; encoding?: TextEncoding };
/** An image the page holds, with the reference the draft already uses for it (`media/<sha>.<ext>`). */
export type ParsedMedia = { ref: string; ext: string; bytes: Uint8Array };
/** What parsing a file gives, before anything is written: the archive stores the images later. */
export type ParsedFile = { inspection: ImportInspection; media: ParsedMedia[] };
/** Crosses the thread boundary as plain data: an AppError would arrive as a bare Error. */
export type ParseReply =
  ({ ok: true } & ParsedFile) | { ok: false; code: ErrorCode; detail: string | null };

/** Reads and extracts one file, keeping its images as bytes; touches no archive. */
export async function parseFile(task: ParseTask): Promise<ParsedFile> {
  const media: ParsedMedia[] = [];
  const inspection = await inspectSource(task.source, {
    encoding: task.encoding,
    storeMedia: async (bytes, ext) => {
      const ref = await dryMediaSink(bytes, ext);
      if (!media.some((m) => m.ref === ref)) media.push({ ref, ext, bytes });
      return ref;
    },
  });
  return { inspection, media };
}

export async function parseToReply(task: ParseTask): Promise<ParseReply> {
  try {
    return { ok: true, ...(await parseFile(task)) };
  } catch (error) {
    if (error instanceof AppError)
      return { ok: false, code: error.code, detail: error.detail ?? null };
    return {
      ok: false,
      code: 'internal',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

export function replyToResult(reply: ParseReply): ParsedFile {
  if (reply.ok) return { inspection: reply.inspection, media: reply.media };
  const code = ERROR_CODES.includes(reply.code) ? reply.code : 'internal';
  throw new AppError(code, reply.detail ?? undefined);
}
