import os from 'node:os';
import path from 'node:path';

/** Where the archive lives when `--archive` is not given: the same default the app uses. */
export function defaultArchiveDir(): string {
  return process.env.KHO_TIN_ARCHIVE ?? path.join(os.homedir(), 'Kho Tin', 'archive');
}
