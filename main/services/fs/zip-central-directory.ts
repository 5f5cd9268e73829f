import { open, rm, type FileHandle } from 'node:fs/promises';
import { withFsRetry } from './retry';

/** Central records gathered before one append to the side file. */
const PENDING_BYTES = 64 * 1024;

/**
 * A zip's central directory kept on disk while the entries are written: records gather up to
 * 64 KB, then go to the side file; `copy` hands the whole directory back in chunks at the end.
 * Memory stays the same for 10 entries or 600,000.
 */
export class CentralDirectoryFile {
  count = 0;
  bytes = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(file: string): Promise<CentralDirectoryFile> {
    return new CentralDirectoryFile(file, await open(file, 'wx+'));
  }

  async add(record: Buffer): Promise<void> {
    this.pending.push(record);
    this.pendingBytes += record.length;
    this.count++;
    if (this.pendingBytes >= PENDING_BYTES) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const bytes = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    await this.handle.write(bytes, 0, bytes.length, this.bytes);
    this.bytes += bytes.length;
  }

  /** Every record in order, through `chunk`, each part handed to `write` before the next read. */
  async copy(chunk: Buffer, write: (part: Buffer) => Promise<void>): Promise<void> {
    await this.flush();
    for (let at = 0; at < this.bytes;) {
      const { bytesRead } = await this.handle.read(chunk, 0, chunk.length, at);
      if (bytesRead === 0) throw new Error('zip side file ended early');
      await write(chunk.subarray(0, bytesRead));
      at += bytesRead;
    }
  }

  /** Closes and deletes the side file (after a commit as after a discard). */
  async remove(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await withFsRetry(() => rm(this.file, { force: true })).catch(() => undefined);
  }
}
