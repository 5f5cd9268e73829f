import { AppError } from '../../../shared/errors';
import { errorCode } from './fs-like';

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST']);

/** A file-system failure while saving, as the message the person can act on (disk full, no access). */
export function saveError(error: unknown, destination: string): Error {
  if (error instanceof AppError) return error;
  const code = errorCode(error) ?? '';
  const detail = `${destination} (${code || (error as Error).message})`;
  if (FULL.has(code)) return new AppError('disk-full', detail);
  if (NOT_WRITABLE.has(code)) return new AppError('destination-not-writable', detail);
  return error as Error;
}
