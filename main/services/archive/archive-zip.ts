import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';
import { isTempFile } from '../fs/atomic-write';
import { saveError, ZipFileWriter } from '../fs/zip-file-writer';
import { LOCK_FILE } from './lock';

/** Left out of an export: the lock, stray temp files, and the search index (rebuilt from the articles). */
const SKIPPED_TOP = new Set([LOCK_FILE, 'index', 'backups']);

async function listFiles(root: string, relative = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if ((relative === '' && SKIPPED_TOP.has(entry.name)) || isTempFile(entry.name)) continue;
    if (entry.isDirectory()) files.push(...(await listFiles(root, child)));
    else if (entry.isFile()) files.push(child);
  }
  return files;
}

/**
 * Writes the archive folder into one zip, one file at a time at the pace the disk takes it,
 * through a temp file, so a half-written zip never carries the final name and a failure or a
 * cancel leaves none. Backups are left out: they are copies of what is already inside.
 */
export async function zipFolder(
  dir: string,
  zipPath: string,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<number> {
  const files = await listFiles(dir);
  const writer = await ZipFileWriter.open(zipPath);
  try {
    for (const [index, file] of files.entries()) {
      if (signal?.aborted) throw new AppError('cancelled');
      await writer.add(
        file,
        { file: path.join(dir, file) },
        {
          compress: !file.startsWith('media/'),
        },
      );
      onProgress?.(index + 1, files.length);
    }
    await writer.commit();
  } catch (error) {
    await writer.discard();
    throw saveError(error, zipPath);
  }
  return files.length;
}

function openZip(zipPath: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true, validateEntrySizes: true }, (error, zip) =>
      error
        ? reject(new AppError('unsupported-file', `${zipPath}: ${error.message}`))
        : resolve(zip),
    ),
  );
}

/** Extracts an exported archive into `target`, refusing any entry that would land outside it. */
export async function unzipTo(zipPath: string, target: string): Promise<number> {
  const zip = await openZip(zipPath);
  await mkdir(target, { recursive: true });
  let count = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      const destination = path.resolve(target, entry.fileName);
      if (!destination.startsWith(path.resolve(target) + path.sep))
        return reject(new AppError('unsupported-file', `unsafe path in zip: ${entry.fileName}`));
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        // A lying entry makes yauzl emit a second error after pipeline has let go of the
        // stream; unheard, it would crash the process. pipeline reports the first.
        stream.on('error', () => undefined);
        mkdir(path.dirname(destination), { recursive: true })
          .then(() => pipeline(stream, createWriteStream(destination)))
          .then(() => {
            count++;
            zip.readEntry();
          }, reject);
      });
    });
    zip.readEntry();
  }).finally(() => zip.close());
  return count;
}

export async function removeFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
