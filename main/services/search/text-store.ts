import { mkdir, open, rename, rmdir, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleBody, ArticleMeta } from '../../../shared/model';
import { decodeText } from './text-codec';
import { foldedDictionary } from './text-dictionary';
import {
  checkedTable,
  readTableFile,
  sameContent,
  tablePath,
  writeTableFile,
} from './text-store-file';
import { deflateRecord, prepareRecord } from './text-store-record';
import { RecordReader, type SnippetSource } from './text-store-reader';
import {
  PendingRecords,
  TRAIN_SAMPLE,
  type PendingRecord,
  type StoredMeta,
} from './text-store-pending';
import {
  EntryTable,
  type Entry,
  type PackedEntries,
  type UnpackEntriesOptions,
} from './text-store-table';

export { FIELD_BREAK } from './text-store-record';
export type { SnippetSource } from './text-store-reader';

const DATA = 'texts.bin';
/**
 * 3: records deflated, and the folded body left out where the text folds back to it (fast-fold.ts).
 * 4: the text in a one-byte code (text-codec.ts), deflated with a dictionary trained on the
 * archive's first bodies and kept at the start of the data file.
 * 5: the folded copies deflated with that dictionary folded; the table gzipped.
 * 6: captions in the body's stream (one-byte code, after a length header); table offsets as gaps.
 * 7: the table by columns.
 */
const STORE_VERSION = 7;

/**
 * Article bodies kept for search in one append-only file, read by offset: the original text for
 * snippets and a folded copy (body + captions) for phrase checks. Opening, reading and parsing
 * an article's own JSON file costs ~0.6 ms of CPU; one positioned read and an inflate here cost
 * about a tenth of that. Records are deflated (with a dictionary of common words, since each is
 * compressed alone to stay readable by offset) and the folded body is kept only when the text
 * does not fold back to it unit for unit: uncompressed, the store was a second copy of the
 * archive's text at 0.7× its size. Entries are keyed by content hash, so an edited article is
 * read from the archive until it is stored again. Replaced records stay in the file as garbage
 * until the next full rebuild resets it.
 */
export class TextStore {
  private entries = EntryTable.empty();
  private readonly reader = new RecordReader(() => ({
    fd: this.handle.fd,
    dictionary: this.dictionary,
    folding: this.folding,
  }));
  /** Records stored before the dictionary is trained; written once it is. */
  private readonly pending: PendingRecords;
  private dictionary: Buffer | null = null;
  /** The dictionary folded, for the folded body and captions (kept apart, as UTF-8). */
  private folding: Buffer | null = null;
  private size = 0;
  private writes: Promise<unknown> = Promise.resolve();
  private dirty = false;

  private constructor(
    private readonly dir: string,
    private handle: FileHandle,
    trainSample: number,
  ) {
    this.pending = new PendingRecords(trainSample);
  }

  /**
   * Opens (or creates) the store in `dir`; a table that does not match the data starts it empty.
   * `fullBuild`: filled off the main thread, so its dictionary may train on a larger sample.
   */
  static async open(dir: string, fullBuild = false): Promise<TextStore> {
    await mkdir(dir, { recursive: true });
    await (await open(path.join(dir, DATA), 'a')).close();
    const sample = fullBuild ? TRAIN_SAMPLE.fullBuild : TRAIN_SAMPLE.refill;
    const store = new TextStore(dir, await open(path.join(dir, DATA), 'r+'), sample);
    await store.loadTable();
    return store;
  }

  private async loadTable(): Promise<void> {
    const actual = (await this.handle.stat()).size;
    // No table yet (a new store), or one cut short: the store starts empty.
    const table = await readTableFile(this.dir);
    try {
      const checked = checkedTable(table, STORE_VERSION, actual, (bytes) =>
        this.reader.bytes(0, bytes),
      );
      this.useDictionary(checked.dictionary);
      this.entries = checked.entries;
      this.size = checked.size;
    } catch (error) {
      // The index keeps working meanwhile: bodies are read from the archive until refilled.
      if (table)
        console.warn(`[search] text store refilled from the archive: ${(error as Error).message}`);
      this.entries.clear();
      this.useDictionary(null);
      this.size = 0;
    }
    // Records written after the last saved table are not listed: drop them.
    if (actual > this.size) await this.handle.truncate(this.size);
  }

  get count(): number {
    return this.entries.size;
  }

  has(meta: StoredMeta): boolean {
    const hash = meta.contentHash;
    return sameContent(this.entries.get(meta.id), hash) || this.pending.has(meta);
  }

  /**
   * Stores one article's body; listed once written. The first bodies of an empty store wait
   * (their promise resolves at once) until enough of them (text-store-pending.ts), or a flush, train the dictionary.
   */
  put(meta: StoredMeta, body: ArticleBody | null): Promise<void> {
    if (!body || this.has(meta)) return Promise.resolve();
    const record: PendingRecord = {
      ...prepareRecord(body),
      meta: { id: meta.id, contentHash: meta.contentHash },
    };
    if (this.dictionary) return this.write(record);
    if (this.pending.add(record)) this.train();
    return Promise.resolve();
  }

  /** Trains the dictionary on the waiting bodies, writes it at the start of the (empty) file, then them. */
  private train(): void {
    const { dictionary: stored, records: sample } = this.pending.train();
    this.useDictionary(stored);
    const offset = this.size;
    this.size += stored.length;
    this.track(this.handle.write(stored, 0, stored.length, offset));
    for (const record of sample) void this.write(record);
  }

  private useDictionary(dictionary: Buffer | null): void {
    this.dictionary = dictionary;
    this.folding = dictionary && foldedDictionary(decodeText(dictionary));
  }

  private track(write: Promise<unknown>): void {
    this.writes = Promise.all([this.writes, write]).catch(() => undefined);
  }

  private write(record: PendingRecord): Promise<void> {
    const { meta } = record;
    const dictionary = this.dictionary!;
    const handle = this.handle;
    // Deflate runs on libuv's thread pool: a rebuild storing 100,000 bodies leaves the app free.
    const write = (async () => {
      const { text, folded } = await deflateRecord(record, dictionary, this.folding!);
      // Reset or adopted meanwhile: this record belonged to the store as it was.
      if (handle !== this.handle || dictionary !== this.dictionary) return;
      const offset = this.size;
      this.size += text.length + folded.length;
      await handle.write(text, 0, text.length, offset);
      await handle.write(folded, 0, folded.length, offset + text.length);
      this.entries.set(meta.id, {
        hash: meta.contentHash,
        offset,
        textBytes: text.length,
        foldedBytes: folded.length,
        aligned: record.aligned,
        derived: record.derived,
      });
      this.dirty = true;
    })();
    this.track(write);
    return write;
  }

  /** The body text of the article as it is now, or null when not stored (or stored for older content). */
  async readText(meta: ArticleMeta): Promise<SnippetSource | null> {
    const entry = this.current(meta);
    return entry && this.reader.text(entry);
  }

  /**
   * Folded body and captions, separated by FIELD_BREAK, for phrase checks (non-word characters
   * beyond Latin-1 may read as spaces); null when not stored for this content.
   */
  async readFolded(meta: ArticleMeta): Promise<string | null> {
    const entry = this.current(meta);
    return entry && this.reader.folded(entry);
  }

  private current(meta: ArticleMeta): Entry | null {
    const entry = this.entries.get(meta.id);
    return entry && sameContent(entry, meta.contentHash) ? entry : null;
  }

  /** Empties the store before a full rebuild, so replaced records do not pile up. */
  async reset(): Promise<void> {
    await this.writes;
    this.entries.clear();
    this.pending.clear();
    this.useDictionary(null);
    this.size = 0;
    await this.handle.truncate(0);
    this.dirty = true;
  }

  /** Waits for pending writes and saves the table, so the next start finds what was stored. */
  async flush(): Promise<void> {
    if (this.pending.size > 0) this.train();
    await this.writes;
    if (!this.dirty) return;
    this.dirty = false;
    await this.handle.sync();
    await writeTableFile(this.dir, STORE_VERSION, this.size, this.dictionary, this.entries);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }

  /** The table as transferable arrays (the rebuild worker's store, once flushed). */
  exportEntries(): PackedEntries {
    return this.entries.pack(this.size, this.dictionary?.length ?? 0);
  }

  /**
   * Takes over the store the rebuild worker filled in `fromDir` (its data and table files move
   * here); `entries` is its table, so nothing is parsed here. Queries read on throughout: the
   * new table is built aside and swapped in with the new file's handle in one step, and the
   * files are moved only then (a file open for reading can be renamed, on Windows too, since
   * Node opens files with delete sharing). Records put meanwhile into this store are dropped:
   * the caller re-stores the articles changed during the rebuild. `options`: the table's
   * unpack slices (tests) and the catalogue's id strings to reuse.
   */
  async adopt(
    fromDir: string,
    entries: PackedEntries,
    options: UnpackEntriesOptions = {},
  ): Promise<void> {
    const table = await EntryTable.unpack(entries, options);
    const handle = await open(path.join(fromDir, DATA), 'r+');
    // Every put begun so far lands in the old file before the swap; later ones go to the new file.
    for (let writes = this.writes; ; writes = this.writes) {
      await writes;
      if (writes === this.writes) break;
    }
    const old = this.handle;
    this.handle = handle;
    this.entries = table;
    this.pending.clear();
    this.size = entries.size;
    this.useDictionary(entries.dictionary > 0 ? this.reader.bytes(0, entries.dictionary) : null);
    this.dirty = false;
    await old.close();
    await rename(path.join(fromDir, DATA), path.join(this.dir, DATA));
    await rename(tablePath(fromDir), tablePath(this.dir));
    await rmdir(fromDir).catch(() => undefined);
  }
}
