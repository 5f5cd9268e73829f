import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { nodeFs, type FsLike } from './fs-like';
import { withFsRetry } from './retry';

let tempCounter = 0;

function tempPathFor(file: string): string {
  // Same folder as the target, so the rename never crosses a file system boundary.
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${++tempCounter}.tmp`,
  );
}

export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/**
 * Makes a rename durable. Windows cannot open a folder for fsync (EPERM/EISDIR), and NTFS
 * journals the rename itself, so failures here are expected there and ignored.
 */
export async function fsyncDir(dir: string, fs: FsLike = nodeFs): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // See above: best effort by design.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Writes through `produce` into a temp file beside `file`, fsyncs it, renames it over `file`
 * and fsyncs the folder. A crash at any point leaves either the old file or the new one whole.
 */
export async function writeAtomicWith(
  file: string,
  produce: (write: (chunk: string | Uint8Array) => Promise<void>) => Promise<void>,
  fs: FsLike = nodeFs,
): Promise<void> {
  const temp = tempPathFor(file);
  const handle = await withFsRetry(() => fs.open(temp, 'w'));
  try {
    try {
      await produce(async (chunk) => {
        await handle.writeFile(chunk);
      });
      await handle.sync();
    } finally {
      await handle.close();
    }
    await withFsRetry(() => fs.rename(temp, file));
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDir(path.dirname(file), fs);
}

export function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  fs: FsLike = nodeFs,
): Promise<void> {
  return writeAtomicWith(file, (write) => write(data), fs);
}
