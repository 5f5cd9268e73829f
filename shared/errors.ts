import { z } from 'zod';

/** Every failure the UI can be told about. The message for each code lives in shared/i18n. */
export const ERROR_CODES = [
  'invalid-input',
  'unknown-channel',
  'forbidden',
  'not-found',
  'archive-read-only',
  'archive-in-use',
  'archive-corrupt',
  'file-too-large',
  'unsupported-file',
  'empty-file',
  'binary-file',
  'unsafe-archive',
  'unreadable-file',
  'unreadable-folder',
  'too-many-files',
  'import-timeout',
  'import-crashed',
  'search-index-building',
  'search-rebuild-failed',
  'cancelled',
  'report-conflict',
  'image-too-large',
  'not-an-image',
  'pdf-unavailable',
  'compile-empty',
  'compile-confirm',
  'quote-not-in-article',
  'disk-full',
  'destination-not-writable',
  'file-exists',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const AppErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  detail: z.string().optional(),
});
export type AppErrorPayload = z.infer<typeof AppErrorSchema>;

/** Thrown by services; turned into `{ code, message }` in the user's language at the IPC edge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Technical detail (a file name, a parse error) shown under the translated message. */
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'AppError';
  }
}

export function isAppErrorPayload(value: unknown): value is AppErrorPayload {
  return AppErrorSchema.safeParse(value).success;
}
