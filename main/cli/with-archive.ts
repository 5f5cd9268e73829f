import path from 'node:path';
import { Archive } from '../services/archive';

/** Opens the archive for one command and always releases its lock, whatever the command did. */
export async function withArchive<T>(
  dir: string,
  readOnly: boolean,
  work: (archive: Archive) => Promise<T>,
): Promise<T> {
  const archive = await Archive.open(path.resolve(dir), { readOnly });
  try {
    return await work(archive);
  } finally {
    await archive.close();
  }
}

/** A command's answer: JSON for scripts with --json, readable text otherwise. */
export const print = (json: boolean | undefined, value: unknown, text: () => string) =>
  console.log(json ? JSON.stringify(value, null, 2) : text());
