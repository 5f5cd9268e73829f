import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from '../fs/fs-like';
import { SUPPORTED_EXTENSIONS, type ImportSource } from './import-file';

/**
 * One batch holds at most this many files (a path and a report row each, a few hundred bytes:
 * about 300 MB at the limit). Beyond it the files are counted, not listed, and the report says
 * how many were left and why. An office's ten years come to about 100,000.
 */
export const MAX_FILES = 1_000_000;

/** What walking needs of the file system; a test hands in a folder that cannot be listed. */
export type WalkFs = Pick<typeof fsp, 'stat' | 'readdir'>;

/**
 * Turns the paths a person chose or dropped into import sources: folders are walked (skipping
 * the "<page>_files" folders browsers save images into, and hidden ones); a file is kept as
 * given, even with an unknown extension, so the report can say why it was not imported. A
 * folder that cannot be listed becomes a source of its own that fails with the reason, so the
 * report has a line for it instead of nothing.
 */
export async function expandPaths(
  paths: string[],
  fs: WalkFs = fsp,
  limit = MAX_FILES,
): Promise<ImportSource[]> {
  const out: ImportSource[] = [];
  const walker = { fs, out, limit, left: 0, firstLeft: '' };
  for (const given of paths) {
    const info = await fs.stat(given).catch(() => null);
    if (info?.isDirectory()) await walk(walker, given);
    else if (out.length < limit) out.push({ kind: 'path', path: given });
    else walker.left++;
  }
  if (walker.left > 0)
    out.push({ kind: 'over-limit', path: walker.firstLeft || paths[0]!, left: walker.left, limit });
  return out;
}

type Walker = { fs: WalkFs; out: ImportSource[]; limit: number; left: number; firstLeft: string };

async function walk(walker: Walker, dir: string): Promise<void> {
  const { fs, out } = walker;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push({ kind: 'unreadable-folder', path: dir, reason: errorCode(error) ?? String(error) });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!/_files$|\.files$/i.test(entry.name)) await walk(walker, full);
    } else if (
      entry.isFile() &&
      SUPPORTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())
    ) {
      if (out.length < walker.limit) out.push({ kind: 'path', path: full });
      else if (walker.left++ === 0) walker.firstLeft = full;
    }
  }
}
