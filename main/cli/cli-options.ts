import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { parseUserDate } from '../../shared/text/dates';

/** Where the archive lives when `--archive` is not given: the same default the app uses. */
export function defaultArchiveDir(): string {
  return process.env.KHO_TIN_ARCHIVE ?? path.join(os.homedir(), 'Kho Tin', 'archive');
}

/** `--from` / `--to` as officials type them (dd/mm/yyyy) → YYYY-MM-DD for the filters. */
export function toIsoDay(input: string | undefined, flag: string): string | undefined {
  if (input === undefined) return undefined;
  const iso = parseUserDate(input);
  if (!iso)
    throw new AppError(
      'invalid-input',
      `${flag}: ngày không hợp lệ "${input}" (dùng dd/mm/yyyy) / invalid date (use dd/mm/yyyy)`,
    );
  return iso.slice(0, 10);
}
