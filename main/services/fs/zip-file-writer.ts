import { EventEmitter, once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { AppError } from '../../../shared/errors';
import { fsyncDir } from './atomic-write';
import { errorCode } from './fs-like';
import { withFsRetry } from './retry';

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST']);

/** A file-system failure while saving, as the message the person can act on (disk full, no access). */
export function saveError(error: unknown, destination: string): Error {
  if (error instanceof AppError) return error;
  const code = errorCode(error) ?? '';
  const detail = `${destination} (${code || (error as Error).message})`;
  if (FULL.has(code)) return new AppError('disk-full', detail);
  if (NOT_WRITABLE.has(code)) return new AppError('destination-not-writable', detail);
  return error as Error;
}

/** One buffer as a stream that lets go of the buffer once it has been read. */
function bufferStream(bytes: Buffer): Readable {
  let pending: Buffer | null = bytes;
  return new Readable({
    read() {
      const chunk = pending;
      pending = null;
      this.push(chunk);
    },
  });
}

/**
 * A zip written straight to disk, one entry at a time: `add` returns once yazl has taken the
 * entry's bytes, and yazl only takes them as fast as the file accepts them, so memory holds one
 * entry in flight whatever the size of the whole. The zip grows in a temp file beside the
 * destination and takes the destination's name only in `commit`; `discard` removes it.
 */
export class ZipFileWriter {
  private readonly zip = new yazl.ZipFile();
  private readonly written: Promise<void>;
  private failure: Error | null = null;
  private current: Readable | null = null;
  private readonly failed = new EventEmitter();
  /** One date for every entry: yazl keeps each entry's Date object until the end. */
  private readonly startedAt = new Date();

  private constructor(
    readonly destination: string,
    private readonly temp: string,
    private readonly output: WriteStream,
  ) {
    this.written = pipeline(this.zip.outputStream, this.output).catch((error: unknown) => {
      this.failure = saveError(error, destination);
      this.failed.emit('failed', this.failure);
      throw this.failure;
    });
    // Seen through `written` or `failure`; an unobserved rejection must not end the process.
    this.written.catch(() => undefined);
    // yazl may still write into the stream after a discard has torn it down.
    this.zip.outputStream.on('error', () => undefined);
    this.zip.on('error', (error: Error) => {
      this.failure ??= error;
      this.output.destroy(error);
    });
  }

  /** Creates the temp file beside `destination` (which fails at once when the folder is not writable). */
  static async open(destination: string): Promise<ZipFileWriter> {
    const temp = path.join(
      path.dirname(destination),
      `.${path.basename(destination)}.${process.pid}.${Date.now().toString(36)}.tmp`,
    );
    const output = createWriteStream(temp, { flags: 'wx' });
    await once(output, 'open').catch((error: unknown) => {
      throw saveError(error, destination);
    });
    return new ZipFileWriter(destination, temp, output);
  }

  /** Bytes of the zip on disk so far. */
  get bytes(): number {
    return this.output.bytesWritten;
  }

  /** Adds one entry and waits until its bytes are taken (file data is read only then). */
  async add(
    name: string,
    source: Buffer | Readable,
    options: { compress: boolean },
  ): Promise<void> {
    if (this.failure) throw this.failure;
    const stream = Buffer.isBuffer(source) ? bufferStream(source) : source;
    this.current = stream;
    // Lazy, and handed over once: yazl keeps every entry until the central directory is
    // written, and an entry holding its stream would keep 15,000 spent streams alive.
    let pending: Readable | null = stream;
    this.zip.addReadStreamLazy(
      name,
      { compress: options.compress, mtime: this.startedAt },
      (give) => {
        const taken = pending!;
        pending = null;
        give(null, taken);
      },
    );
    await this.taken(stream);
    // The pump has run: what it captured (name, options, the stream getter) is no longer needed.
    const entries = (this.zip as unknown as { entries: { doFileDataPump: unknown }[] }).entries;
    entries[entries.length - 1]!.doFileDataPump = null;
    if (this.failure) throw this.failure;
  }

  /**
   * Resolves when yazl has read all of `stream`; rejects if it or the file fails. Listeners, not
   * a race against a long-lived promise: each race would leave a reaction on it until the end.
   */
  private taken(stream: Readable): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = () => {
        stop();
        resolve();
      };
      const fail = (error: Error) => {
        stop();
        reject(error);
      };
      const stop = () => {
        stream.off('end', done);
        stream.off('error', fail);
        this.failed.off('failed', fail);
      };
      stream.once('end', done);
      stream.once('error', fail);
      this.failed.once('failed', fail);
    });
  }

  /** Finishes the zip, makes it durable and gives it the destination's name. */
  async commit(): Promise<number> {
    this.zip.end();
    await this.written;
    // fsync is per file, not per descriptor: the stream has closed its own by now.
    const handle = await open(this.temp, 'r+');
    try {
      await handle.sync();
    } catch (error) {
      throw saveError(error, this.destination);
    } finally {
      await handle.close();
    }
    const bytes = this.bytes;
    await withFsRetry(() => rename(this.temp, this.destination)).catch((error: unknown) => {
      throw saveError(error, this.destination);
    });
    await fsyncDir(path.dirname(this.destination));
    return bytes;
  }

  /** Stops writing and removes the temp file: nothing is left under either name. */
  async discard(): Promise<void> {
    this.current?.destroy();
    this.output.destroy();
    if (!this.output.closed) await once(this.output, 'close').catch(() => undefined);
    await withFsRetry(() => rm(this.temp, { force: true })).catch(() => undefined);
  }
}
