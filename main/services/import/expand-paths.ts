import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from '../fs/fs-like';
import { SUPPORTED_EXTENSIONS, type ImportSource } from './import-file';

const MAX_FILES = 20_000;

/** What walking needs of the file system; a test hands in a folder that cannot be listed. */
export type WalkFs = Pick<typeof fsp, 'stat' | 'readdir'>;

/**
 * Turns the paths a person chose or dropped into import sources: folders are walked (skipping
 * the "<page>_files" folders browsers save images into, and hidden ones); a file is kept as
 * given, even with an unknown extension, so the report can say why it was not imported. A
 * folder that cannot be listed becomes a source of its own that fails with the reason, so the
 * report has a line for it instead of nothing.
 */
export async function expandPaths(paths: string[], fs: WalkFs = fsp): Promise<ImportSource[]> {
  const out: ImportSource[] = [];
  for (const given of paths) {
    const info = await fs.stat(given).catch(() => null);
    if (info?.isDirectory()) await walk(fs, given, out);
    else out.push({ kind: 'path', path: given });
  }
  return out;
}

async function walk(fs: WalkFs, dir: string, out: ImportSource[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push({ kind: 'unreadable-folder', path: dir, reason: errorCode(error) ?? String(error) });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  for (const entry of entries) {
    if (out.length >= MAX_FILES || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!/_files$|\.files$/i.test(entry.name)) await walk(fs, full, out);
    } else if (
      entry.isFile() &&
      SUPPORTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())
    ) {
      out.push({ kind: 'path', path: full });
    }
  }
}
