import * as fsp from 'node:fs/promises';

/**
 * The slice of node:fs/promises the archive uses. Services take it as a dependency so a test
 * can hand in a file system that fails the way Windows does (EPERM from an antivirus holding a
 * file) without mocking modules.
 */
export type FsLike = Pick<
  typeof fsp,
  | 'open'
  | 'rename'
  | 'readFile'
  | 'writeFile'
  | 'mkdir'
  | 'readdir'
  | 'rm'
  | 'unlink'
  | 'stat'
  | 'copyFile'
  | 'truncate'
>;

export const nodeFs: FsLike = fsp;

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

export function isNotFound(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}
