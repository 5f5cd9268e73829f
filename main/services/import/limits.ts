import { stat } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';

const MB = 1024 * 1024;

/**
 * Sizes beyond which a file is refused before it is read, so a huge or hostile file cannot make
 * the app unresponsive. Real portal pages and Word files are far below these.
 */
export const LIMITS = {
  textBytes: 20 * MB,
  htmlBytes: 20 * MB,
  mhtmlBytes: 60 * MB,
  docxBytes: 60 * MB,
  /** Everything inside a .docx once unpacked. */
  docxUnpackedBytes: 200 * MB,
  /** One entry may not unpack to more than this many times its packed size (zip bombs). */
  docxMaxRatio: 200,
  imageBytes: 20 * MB,
} as const;

export const formatMb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

export function assertSize(fileName: string, size: number, limit: number): void {
  if (size === 0) throw new AppError('empty-file', fileName);
  if (size > limit)
    throw new AppError('file-too-large', `${fileName}: ${formatMb(size)} > ${formatMb(limit)}`);
}

/** Checks a path before reading it: exists, is a regular file, within the size limit. */
export async function statImportFile(
  filePath: string,
  displayName: string,
  limit: number,
): Promise<number> {
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile())
      throw new AppError(
        'unreadable-file',
        `${displayName}: ${info.isDirectory() ? 'EISDIR' : 'not a file'}`,
      );
    size = info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'unreadable-file',
      `${displayName}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  assertSize(displayName, size, limit);
  return size;
}
