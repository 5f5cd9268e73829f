import { readSync } from 'node:fs';
import { foldVietnamese } from '../../../shared/text/vietnamese';
import { fastFold } from './fast-fold';
import { decodeText } from './text-codec';
import { DecodedRecords, type DecodedRecord } from './text-store-decoded';
import { foldForPhrases, inflateFolded } from './text-store-record';
import type { Entry } from './text-store-table';

/** Body text for a snippet, with its folded form when that maps offset for offset. */
export type SnippetSource = { text: string; aligned: string | undefined };

/** What a read needs of the store as it is now: its data file and dictionaries (both change on adopt and reset). */
export type StoreFile = { fd: number; dictionary: Buffer | null; folding: Buffer | null };

/**
 * Reads the text store's records by offset and inflates them, keeping the last few decoded
 * (search-as-you-type shows mostly the same top articles keystroke after keystroke).
 */
export class RecordReader {
  private readonly decoded = new DecodedRecords();
  private scratch = Buffer.allocUnsafe(1 << 16);

  constructor(private readonly file: () => StoreFile) {}

  text(id: string, entry: Entry): SnippetSource | null {
    const record = this.decode(id, entry);
    if (!record) return null;
    return {
      text: record.text,
      aligned: entry.aligned ? record.folded.slice(0, record.text.length) : undefined,
    };
  }

  folded(id: string, entry: Entry): string | null {
    const cached = this.decoded.get(id, entry.hash);
    if (cached) return cached.folded;
    // A phrase check reads many records once each: fold from the bytes, and leave the cache
    // to the snippets of the top results.
    return this.inflate(entry, foldForPhrases)?.folded ?? null;
  }

  /** Forgets the decoded records (the store was reset or took over other files). */
  clear(): void {
    this.decoded.clear();
  }

  /** Inflates one record; `foldText` gives the folded body when the record does not store it. */
  private inflate(
    entry: Entry,
    foldText: (text: Buffer) => string,
  ): { text: Buffer; folded: string } | null {
    const buffer = this.bytes(entry.offset, entry.textBytes + entry.foldedBytes, true);
    const { dictionary, folding } = this.file();
    if (!buffer || !dictionary) return null;
    return inflateFolded(buffer, entry, dictionary, folding!, foldText);
  }

  private decode(id: string, entry: Entry): DecodedRecord | null {
    const cached = this.decoded.get(id, entry.hash, true);
    if (cached) return cached;
    let text = '';
    let inflated: { text: Buffer; folded: string } | null;
    try {
      inflated = this.inflate(entry, (bytes) => {
        text = decodeText(bytes);
        return fastFold(text) ?? foldVietnamese(text);
      });
      if (inflated && !entry.derived) text = decodeText(inflated.text);
    } catch {
      return null;
    }
    if (!inflated) return null;
    const record = { hash: entry.hash, text, folded: inflated.folded };
    this.decoded.keep(id, record);
    return record;
  }

  /**
   * A synchronous positioned read: a few KB from the page cache take microseconds, while a
   * promise-based read costs ~0.1 ms of CPU in dispatch alone, which is most of a query's budget
   * at 20 snippets. `scratch`: into one buffer kept for the next read (a phrase check reads
   * hundreds of records, each inflated at once and then dropped).
   */
  bytes(offset: number, length: number, scratch = false): Buffer | null {
    if (scratch && this.scratch.length < length)
      this.scratch = Buffer.allocUnsafe(Math.max(length, this.scratch.length * 2));
    const buffer = scratch ? this.scratch.subarray(0, length) : Buffer.allocUnsafe(length);
    const bytesRead = length === 0 ? 0 : readSync(this.file().fd, buffer, 0, length, offset);
    return bytesRead === length ? buffer : null;
  }
}
