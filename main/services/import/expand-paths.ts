import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { SUPPORTED_EXTENSIONS } from './import-file';

const MAX_FILES = 20_000;

/**
 * Turns the paths a person chose or dropped into files: folders are walked (skipping the
 * "<page>_files" folders browsers save images into, and hidden ones); a file is kept as given,
 * even with an unknown extension, so the report can say why it was not imported.
 */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (info?.isDirectory()) await walk(given, out);
    else out.push(given);
  }
  return out;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  for (const entry of entries) {
    if (out.length >= MAX_FILES || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!/_files$|\.files$/i.test(entry.name)) await walk(full, out);
    } else if (
      entry.isFile() &&
      SUPPORTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())
    ) {
      out.push(full);
    }
  }
}
