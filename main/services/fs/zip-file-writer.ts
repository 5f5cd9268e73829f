/**
 * A zip written straight to disk, one entry at a time, in memory that does not grow with the
 * number of entries.
 *
 * Hand-written on purpose: every maintained zip writer for Node looked at (yazl, archiver's
 * zip-stream / compress-commons, client-zip, fflate, zip.js) keeps one object or buffer per
 * entry until it writes the central directory at the end: with yazl the selection export kept
 * ~3 KB live per article (63 MB at 20,000 articles, `npm run bench -- export`), and the IPC
 * lets 200,000 through. Here each entry's central record is appended to a side file as soon as
 * the entry is written, and the side file is copied after the last entry: memory holds one
 * entry in flight, 64 KB of pending records and one 1 MB copy buffer, whatever the count.
 * Zip64 end records past 65,534 entries or 4 GiB of offsets.
 *
 * No data descriptors: the zip is a file, so a streamed entry's crc and sizes are patched into
 * its local header once known, and every reader (also the ones that do not read the central
 * directory first) sees them. An entry of 4 GiB or more is refused (a photo never is).
 */
import { createReadStream } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { AppError } from '../../../shared/errors';
import { saveError } from './save-error';
import { fsyncDir } from './atomic-write';
import { withFsRetry } from './retry';
import { CentralDirectoryFile } from './zip-central-directory';
import {
  centralRecord,
  dosTime,
  endRecords,
  LOCAL_CRC_OFFSET,
  localHeader,
  MAX_32,
  METHOD_DEFLATE,
  METHOD_STORE,
  writeSizes,
  entryName,
  tooLarge,
  type DosTime,
  type EntryRecord,
} from './zip-records';

export { saveError } from './save-error';

const COPY_CHUNK = 1024 * 1024;
const deflateRaw = promisify(zlib.deflateRaw);

export class ZipFileWriter {
  private position = 0;
  private current: Readable | null = null;
  private busy: Promise<unknown> | null = null;
  private closed = false;
  private copyBuffer: Buffer | null = null;
  /** One time for every entry: the moment of the export. */
  private readonly when: DosTime = dosTime(new Date());

  private constructor(
    readonly destination: string,
    private readonly temp: string,
    private readonly zip: FileHandle,
    private readonly directory: CentralDirectoryFile,
  ) {}

  /** Creates the temp file and the side file beside `destination` (fails at once when the folder is not writable). */
  static async open(destination: string): Promise<ZipFileWriter> {
    const stem = path.join(
      path.dirname(destination),
      `.${path.basename(destination)}.${process.pid}.${Date.now().toString(36)}`,
    );
    const temp = `${stem}.tmp`;
    const sideFile = `${stem}.dir.tmp`;
    const zip = await open(temp, 'wx').catch((error: unknown) => {
      throw saveError(error, destination);
    });
    const directory = await CentralDirectoryFile.create(sideFile).catch(async (error: unknown) => {
      await zip.close();
      await rm(temp, { force: true });
      throw saveError(error, destination);
    });
    return new ZipFileWriter(destination, temp, zip, directory);
  }

  /** Bytes of the zip on disk so far. */
  get bytes(): number {
    return this.position;
  }

  /**
   * Adds one entry and returns once its bytes are on disk (a stream is read only then). A file
   * given by path is opened only now; stored, it is copied through one reused buffer, so a
   * photo leaves no garbage behind and a discard stops it mid-way.
   */
  async add(
    name: string,
    source: Buffer | Readable | { file: string },
    options: { compress: boolean },
  ): Promise<void> {
    if (this.closed) throw new Error('zip writer is closed');
    if (this.busy) throw new Error('zip writer: one entry at a time');
    const entry: EntryRecord = {
      name: entryName(name),
      method: options.compress ? METHOD_DEFLATE : METHOD_STORE,
      crc: 0,
      compressedSize: 0,
      size: 0,
      offset: this.position,
    };
    const writing = Buffer.isBuffer(source)
      ? this.addBuffer(entry, source)
      : source instanceof Readable
        ? this.addStream(entry, source)
        : options.compress
          ? this.addStream(entry, createReadStream(source.file))
          : this.addStoredFile(entry, source.file);
    this.busy = writing;
    try {
      await writing;
      await this.directory.add(centralRecord(entry, this.when));
    } finally {
      this.busy = null;
      this.current = null;
    }
  }

  private async addBuffer(entry: EntryRecord, bytes: Buffer): Promise<void> {
    const data = entry.method === METHOD_DEFLATE ? await deflateRaw(bytes) : bytes;
    if (bytes.length >= MAX_32 || data.length >= MAX_32) throw tooLarge(entry.name.toString());
    entry.crc = zlib.crc32(bytes);
    entry.size = bytes.length;
    entry.compressedSize = data.length;
    await this.write(Buffer.concat([localHeader(entry, this.when), data]));
  }

  private async addStream(entry: EntryRecord, source: Readable): Promise<void> {
    this.current = source;
    const header = localHeader(entry, this.when);
    const start = entry.offset + header.length;
    const name = entry.name.toString();
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        entry.crc = zlib.crc32(chunk, entry.crc);
        entry.size += chunk.length;
        done(entry.size >= MAX_32 ? tooLarge(name) : null, chunk);
      },
    });
    // The pipeline takes the source at once (no await before it), so a file that fails to open
    // is this entry's error, not an unhandled one; the header goes first, from `construct`.
    const sink = new Writable({
      construct: (done) => {
        this.write(header).then(() => done(), done);
      },
      write: (chunk: Buffer, _encoding, done) => {
        this.write(chunk).then(() => done(), done);
      },
    });
    await pipeline(
      entry.method === METHOD_DEFLATE
        ? [source, measure, zlib.createDeflateRaw(), sink]
        : [source, measure, sink],
    );
    entry.compressedSize = this.position - start;
    if (entry.compressedSize >= MAX_32) throw tooLarge(name);
    await this.patchSizes(entry);
  }

  private async addStoredFile(entry: EntryRecord, file: string): Promise<void> {
    const input = await open(file, 'r');
    try {
      await this.write(localHeader(entry, this.when));
      const chunk = this.chunk();
      for (;;) {
        if (this.closed) throw new AppError('cancelled');
        const { bytesRead } = await input.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        const part = chunk.subarray(0, bytesRead);
        entry.crc = zlib.crc32(part, entry.crc);
        entry.size += bytesRead;
        if (entry.size >= MAX_32) throw tooLarge(entry.name.toString());
        await this.write(part);
      }
    } finally {
      await input.close();
    }
    entry.compressedSize = entry.size;
    await this.patchSizes(entry);
  }

  /** crc-32 and sizes into the local header written with zeros before the data. */
  private async patchSizes(entry: EntryRecord): Promise<void> {
    const fields = writeSizes(Buffer.alloc(12), 0, entry);
    await this.zip.write(fields, 0, fields.length, entry.offset + LOCAL_CRC_OFFSET);
  }

  /** One copy buffer for the writer's life: files and the central directory go through it. */
  private chunk(): Buffer {
    this.copyBuffer ??= Buffer.allocUnsafeSlow(COPY_CHUNK);
    return this.copyBuffer;
  }

  private async write(bytes: Buffer): Promise<void> {
    let done = 0;
    while (done < bytes.length) {
      const { bytesWritten } = await this.zip.write(
        bytes,
        done,
        bytes.length - done,
        this.position,
      );
      done += bytesWritten;
      this.position += bytesWritten;
    }
  }

  /** The central directory, copied from the side file after the last entry. */
  private async writeDirectory(): Promise<void> {
    const offset = this.position;
    await this.directory.copy(this.chunk(), (part) => this.write(part));
    const { count, bytes: size } = this.directory;
    await this.write(endRecords({ count, size, offset }));
  }

  /** Finishes the zip, makes it durable and gives it the destination's name. */
  /**
   * Writes the directory, fsyncs and renames into place. The rename is the point of no return:
   * a `signal` aborted before it (during the directory or the fsync of a large zip, which take
   * a while) still wins, with the temp file removed and `cancelled` thrown.
   */
  async commit(signal?: AbortSignal): Promise<number> {
    if (this.closed) throw new Error('zip writer is closed');
    this.closed = true;
    try {
      await this.writeDirectory();
      await this.zip.sync();
    } catch (error) {
      throw saveError(error, this.destination);
    } finally {
      await this.zip.close().catch(() => undefined);
      await this.directory.remove();
    }
    if (signal?.aborted) {
      await withFsRetry(() => rm(this.temp, { force: true })).catch(() => undefined);
      throw new AppError('cancelled');
    }
    await withFsRetry(() => rename(this.temp, this.destination)).catch((error: unknown) => {
      throw saveError(error, this.destination);
    });
    await fsyncDir(path.dirname(this.destination));
    return this.position;
  }

  /** Stops writing and removes the temp and side files: nothing is left under any name. */
  async discard(): Promise<void> {
    this.closed = true;
    this.current?.destroy();
    await this.busy?.catch(() => undefined);
    await this.zip.close().catch(() => undefined);
    await this.directory.remove();
    await withFsRetry(() => rm(this.temp, { force: true })).catch(() => undefined);
  }
}
