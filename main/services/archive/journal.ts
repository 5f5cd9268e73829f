import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { FsLike } from '../fs/fs-like';
import { withFsRetry } from '../fs/retry';
import { CatalogOpSchema, type CatalogOp } from './catalog-schema';

/**
 * Why a journal: lowdb rewrites its whole file on every write, and catalog.json at 100,000
 * articles is tens of megabytes, so one metadata edit would cost a second. Instead each change
 * is appended to journal-<generation>.log as one checksummed line and fsynced (a few hundred
 * bytes, the same cost at any archive size); the snapshot is rewritten in the background once
 * the journal grows (see compaction in catalog-store.ts). A shard layout was the alternative,
 * but the list view needs the whole catalogue in memory anyway, and one snapshot plus one
 * journal is simpler to back up, verify and reason about after a crash.
 */
const NEWLINE = 0x0a;

export function journalName(generation: number): string {
  return `journal-${generation}.log`;
}

export function parseJournalName(name: string): number | null {
  const match = /^journal-(\d+)\.log$/.exec(name);
  return match ? Number(match[1]) : null;
}

export function encodeOp(op: CatalogOp): string {
  const json = JSON.stringify(op);
  const sum = crc32(json).toString(16).padStart(8, '0');
  return `${sum} ${json}\n`;
}

export type JournalRead = {
  ops: CatalogOp[];
  /** Bytes up to the end of the last whole, valid line: where appending resumes. */
  validLength: number;
  /** A bad line before the end: the file is damaged, not merely cut short by a crash. */
  problem: string | null;
};

/**
 * A final line without its newline is a save that was cut off by a crash before it was
 * acknowledged, so it is dropped; a bad line anywhere else means the file was damaged.
 */
export function parseJournal(buffer: Buffer): JournalRead {
  const ops: CatalogOp[] = [];
  let start = 0;
  let lineNumber = 0;
  while (start < buffer.length) {
    const end = buffer.indexOf(NEWLINE, start);
    if (end === -1) break;
    lineNumber++;
    const reason = decodeLine(buffer.subarray(start, end).toString('utf8'), ops);
    if (reason) return { ops, validLength: start, problem: `line ${lineNumber}: ${reason}` };
    start = end + 1;
  }
  return { ops, validLength: start, problem: null };
}

function decodeLine(line: string, into: CatalogOp[]): string | null {
  const space = line.indexOf(' ');
  const json = line.slice(space + 1);
  if (space !== 8 || crc32(json).toString(16).padStart(8, '0') !== line.slice(0, 8))
    return 'checksum mismatch';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return 'not valid JSON';
  }
  const parsed = CatalogOpSchema.safeParse(value);
  if (!parsed.success) return 'unknown entry';
  into.push(parsed.data);
  return null;
}

/** The open journal: appends whole lines and fsyncs before a save is acknowledged. */
export class JournalWriter {
  private constructor(
    private readonly handle: FileHandle,
    readonly generation: number,
    public entries: number,
    public bytes: number,
  ) {}

  static async open(
    fs: FsLike,
    dir: string,
    generation: number,
    existing?: { validLength: number; entries: number },
  ): Promise<JournalWriter> {
    const file = path.join(dir, journalName(generation));
    // Drops a torn tail left by a crash, so the next line does not land after garbage.
    if (existing) await withFsRetry(() => fs.truncate(file, existing.validLength));
    const handle = await withFsRetry(() => fs.open(file, 'a'));
    return new JournalWriter(
      handle,
      generation,
      existing?.entries ?? 0,
      existing?.validLength ?? 0,
    );
  }

  async append(ops: CatalogOp[]): Promise<void> {
    const data = Buffer.from(ops.map(encodeOp).join(''), 'utf8');
    try {
      await this.handle.appendFile(data);
      await this.handle.datasync();
    } catch (error) {
      // A disk-full half line must not stay in the middle of the journal, where it reads as damage.
      await this.handle.truncate(this.bytes).catch(() => undefined);
      throw error;
    }
    this.entries += ops.length;
    this.bytes += data.length;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
