import { readSync } from 'node:fs';
import type { AlignedFold } from '../../../shared/text/highlight';
import { fastFold } from './fast-fold';
import { decodeText } from './text-codec';
import { foldForPhrases, inflateFolded, inflateRecord } from './text-store-record';
import type { Entry } from './text-store-table';

/** Body text for a snippet, with its folded form (or a prefix's, on demand) when that maps offset for offset. */
export type SnippetSource = { text: string; aligned: AlignedFold | undefined };

/** What a read needs of the store as it is now: its data file and dictionaries (both change on adopt and reset). */
export type StoreFile = { fd: number; dictionary: Buffer | null; folding: Buffer | null };

/**
 * Reads the text store's records by offset and inflates them. Nothing decoded is kept between
 * reads: a cache of decoded records (text and folded strings, ~30 KB a body) lived just long
 * enough to be promoted to V8's old generation and then dropped, ~1.3 MB per scavenge; V8 lets
 * the old generation grow to about four times the live heap before it collects, so 650 queries
 * left +150 MB of dead strings in RSS at 100,000 articles. Decoding again costs ~35 µs a body.
 */
export class RecordReader {
  private scratch = Buffer.allocUnsafe(1 << 16);

  constructor(private readonly file: () => StoreFile) {}

  /**
   * The body for a snippet. A derived body folds unit for unit, so any prefix of it folds on its
   * own: the fold is left to the snippet, which mostly looks at the first 1,500 characters only
   * (folding whole bodies was the largest share of a page's time and garbage).
   */
  text(entry: Entry): SnippetSource | null {
    const bytes = this.recordBytes(entry);
    if (!bytes) return null;
    try {
      const record = inflateRecord(bytes.buffer, entry.textBytes, bytes.dictionary, bytes.folding);
      const text = decodeText(record.body);
      if (!entry.aligned) return { text, aligned: undefined };
      if (!entry.derived) return { text, aligned: record.foldedBody.slice(0, text.length) };
      return { text, aligned: (end) => fastFold(text.slice(0, end)) ?? undefined };
    } catch {
      return null;
    }
  }

  /** Folded straight from the record's bytes (a phrase check reads many records once each). */
  folded(entry: Entry): string | null {
    return this.inflate(entry, foldForPhrases)?.folded ?? null;
  }

  /** One record's bytes (in the scratch buffer) and the dictionaries to inflate them with. */
  private recordBytes(
    entry: Entry,
  ): { buffer: Buffer; dictionary: Buffer; folding: Buffer } | null {
    const buffer = this.bytes(entry.offset, entry.textBytes + entry.foldedBytes, true);
    const { dictionary, folding } = this.file();
    return buffer && dictionary ? { buffer, dictionary, folding: folding! } : null;
  }

  /** Inflates one record; `foldText` gives the folded body when the record does not store it. */
  private inflate(
    entry: Entry,
    foldText: (text: Buffer) => string,
  ): { text: Buffer; folded: string } | null {
    const bytes = this.recordBytes(entry);
    return bytes && inflateFolded(bytes.buffer, entry, bytes.dictionary, bytes.folding, foldText);
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
