import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A digest of every file under `dir`, names and bytes: any write, rename or removal shows. */
export async function folderChecksum(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(dir, relative), { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) await walk(child);
      else
        hash
          .update(child)
          .update('\0')
          .update(await readFile(path.join(dir, child)));
    }
  };
  await walk('');
  return hash.digest('hex');
}
