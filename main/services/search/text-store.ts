import { readSync } from 'node:fs';
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleBody, ArticleMeta } from '../../../shared/model';
import { alignedFold, foldVietnamese } from '../../../shared/text/vietnamese';
import { writeAtomicWith } from '../fs/atomic-write';

const DATA = 'texts.bin';
const TABLE = 'texts.json';
const STORE_VERSION = 2;
/** Separates body and captions in the folded copy, so a phrase never spans two fields. */
export const FIELD_BREAK = '\u0001';

/**
 * Where one article's texts sit in the data file: body text, then its folded body + captions.
 * `aligned`: the body folds unit for unit, so the folded copy's start doubles as its folded form.
 */
type Entry = {
  hash: string;
  offset: number;
  textBytes: number;
  foldedBytes: number;
  aligned: boolean;
};
type TableFile = {
  version: number;
  size: number;
  entries: [string, string, number, number, number, 0 | 1][];
};
/** Body text for a snippet, with its folded form when that maps offset for offset. */
export type SnippetSource = { text: string; aligned: string | undefined };

/**
 * Article bodies kept for search in one append-only file, read by offset: the original text for
 * snippets and a folded copy (body + captions) for phrase checks. Opening, reading and parsing
 * an article's own JSON file costs ~0.6 ms of CPU; one positioned read here costs a few
 * microseconds plus the decode, and the folded copy spares folding at query time. Entries are
 * keyed by content hash, so an edited article is read from the archive until it is stored again.
 * Replaced records stay in the file as garbage until the next full rebuild resets it.
 */
export class TextStore {
  private readonly entries = new Map<string, Entry>();
  private size = 0;
  private writes: Promise<unknown> = Promise.resolve();
  private dirty = false;

  private constructor(
    private readonly dir: string,
    private handle: FileHandle,
  ) {}

  /** Opens (or creates) the store in `dir`; a table that does not match the data starts it empty. */
  static async open(dir: string): Promise<TextStore> {
    await mkdir(dir, { recursive: true });
    await (await open(path.join(dir, DATA), 'a')).close();
    const store = new TextStore(dir, await open(path.join(dir, DATA), 'r+'));
    await store.loadTable();
    return store;
  }

  private async loadTable(): Promise<void> {
    const actual = (await this.handle.stat()).size;
    try {
      const table = JSON.parse(await readFile(path.join(this.dir, TABLE), 'utf8')) as TableFile;
      if (table.version !== STORE_VERSION || table.size > actual) throw new Error('stale table');
      for (const [id, hash, offset, textBytes, foldedBytes, aligned] of table.entries)
        this.entries.set(id, { hash, offset, textBytes, foldedBytes, aligned: aligned === 1 });
      this.size = table.size;
    } catch {
      this.entries.clear();
      this.size = 0;
    }
    // Records written after the last saved table are not listed: drop them.
    if (actual > this.size) await this.handle.truncate(this.size);
  }

  get count(): number {
    return this.entries.size;
  }

  has(meta: ArticleMeta): boolean {
    return this.entries.get(meta.id)?.hash === meta.contentHash;
  }

  /** Stores one article's body; listed once written. */
  put(meta: ArticleMeta, body: ArticleBody | null): Promise<void> {
    if (!body || this.has(meta)) return Promise.resolve();
    const text = Buffer.from(body.text, 'utf8');
    const foldedBody = foldVietnamese(body.text);
    const aligned = alignedFold(body.text, foldedBody) !== null;
    const captions = body.captions.map((caption) => FIELD_BREAK + foldVietnamese(caption));
    const folded = Buffer.from(foldedBody + captions.join(''), 'utf8');
    const offset = this.size;
    this.size += text.length + folded.length;
    const write = (async () => {
      await this.handle.write(text, 0, text.length, offset);
      await this.handle.write(folded, 0, folded.length, offset + text.length);
      this.entries.set(meta.id, {
        hash: meta.contentHash,
        offset,
        textBytes: text.length,
        foldedBytes: folded.length,
        aligned,
      });
      this.dirty = true;
    })();
    this.writes = Promise.all([this.writes, write]).catch(() => undefined);
    return write;
  }

  /** The body text of the article as it is now, or null when not stored (or stored for older content). */
  async readText(meta: ArticleMeta): Promise<SnippetSource | null> {
    const entry = this.current(meta);
    if (!entry) return null;
    const bytes = entry.aligned ? entry.textBytes + entry.foldedBytes : entry.textBytes;
    const buffer = this.readBytes(entry.offset, bytes);
    if (!buffer) return null;
    const text = buffer.toString('utf8', 0, entry.textBytes);
    // Folded text is mostly ASCII: decoding it costs less than folding the body again.
    const folded = entry.aligned ? buffer.toString('utf8', entry.textBytes, bytes) : undefined;
    return { text, aligned: folded?.slice(0, text.length) };
  }

  /** Folded body and captions, separated by FIELD_BREAK; null when not stored for this content. */
  async readFolded(meta: ArticleMeta): Promise<string | null> {
    const entry = this.current(meta);
    const buffer = entry ? this.readBytes(entry.offset + entry.textBytes, entry.foldedBytes) : null;
    return buffer ? buffer.toString('utf8') : null;
  }

  private current(meta: ArticleMeta): Entry | null {
    const entry = this.entries.get(meta.id);
    return entry && entry.hash === meta.contentHash ? entry : null;
  }

  /**
   * A synchronous positioned read: a few KB from the page cache take microseconds, while a
   * promise-based read costs ~0.1 ms of CPU in dispatch alone, which is most of a query's budget
   * at 20 snippets.
   */
  private readBytes(offset: number, length: number): Buffer | null {
    const buffer = Buffer.allocUnsafe(length);
    const bytesRead = length === 0 ? 0 : readSync(this.handle.fd, buffer, 0, length, offset);
    return bytesRead === length ? buffer : null;
  }

  /** Empties the store before a full rebuild, so replaced records do not pile up. */
  async reset(): Promise<void> {
    await this.writes;
    this.entries.clear();
    this.size = 0;
    await this.handle.truncate(0);
    this.dirty = true;
  }

  /** Waits for pending writes and saves the table, so the next start finds what was stored. */
  async flush(): Promise<void> {
    await this.writes;
    if (!this.dirty) return;
    this.dirty = false;
    const table: TableFile = {
      version: STORE_VERSION,
      size: this.size,
      entries: [...this.entries].map(([id, e]) => [
        id,
        e.hash,
        e.offset,
        e.textBytes,
        e.foldedBytes,
        e.aligned ? 1 : 0,
      ]),
    };
    await this.handle.sync();
    await writeAtomicWith(path.join(this.dir, TABLE), (write) => write(JSON.stringify(table)));
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }
}
