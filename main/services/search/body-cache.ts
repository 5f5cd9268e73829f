import type { SearchSource } from './search-source';

/** The bytes kept for snippets read from the archive: one buffer, taken at the first read. */
export const ARENA_BYTES = 4 << 20;
/** A text larger than this is served, not kept (it would push out a quarter of the others). */
export const MAX_KEPT_BYTES = ARENA_BYTES / 4;

type Slot = { start: number; length: number };

/**
 * Recently read article texts, for result snippets when the text store cannot serve them.
 * Reading a body file costs more than the rest of a query, and search-as-you-type asks for
 * mostly the same top articles keystroke after keystroke. Keyed by content hash too, so an
 * edited article is never shown from a stale copy.
 *
 * The texts are kept as UTF-8 in one buffer used as a ring, oldest overwritten first, not as
 * strings: kept strings lived just long enough to be promoted to V8's old generation and were
 * then dropped, and V8 lets that generation grow to about four times the live heap before it
 * collects (+180 MB RSS after 500 queries at 100,000 articles with a 500-body cache; +280 MB
 * with 64 bodies). A hit decodes the bytes again (~10 µs); the slots' small records are all
 * that comes and goes on the heap.
 */
export class BodyCache {
  private arena: Buffer | null = null;
  /** In ring order from the write position: the first is the oldest, next to be overwritten. */
  private readonly slots = new Map<string, Slot>();
  private head = 0;
  private total = 0;

  constructor(private readonly source: SearchSource) {}

  /** The article's body text as it is now; null when the article or its body is missing. */
  async readText(id: string): Promise<string | null> {
    const meta = this.source.getMeta(id);
    const key = `${id}\u0001${meta?.contentHash ?? ''}`;
    const slot = this.slots.get(key);
    if (slot) return this.arena!.toString('utf8', slot.start, slot.start + slot.length);
    const body = await this.source.readBody(id);
    if (!body) return null;
    this.keep(key, body.text);
    return body.text;
  }

  private keep(key: string, text: string): void {
    const length = Buffer.byteLength(text, 'utf8');
    // Two reads of one body at once: the first one kept serves both.
    if (length > MAX_KEPT_BYTES || this.slots.has(key)) return;
    this.arena ??= Buffer.allocUnsafe(ARENA_BYTES);
    if (this.head + length > ARENA_BYTES) {
      // The tail is too short: start the ring again, dropping the last lap's slots left there.
      this.dropOldestWhile((slot) => slot.start >= this.head);
      this.head = 0;
    }
    const end = this.head + length;
    // The last lap's slots (at or after the write position) that the text will overwrite.
    this.dropOldestWhile((slot) => slot.start >= this.head && slot.start < end);
    this.arena.write(text, this.head, 'utf8');
    this.slots.set(key, { start: this.head, length });
    this.total += length;
    this.head = end;
  }

  private dropOldestWhile(overwritten: (slot: Slot) => boolean): void {
    for (const [key, slot] of this.slots) {
      if (!overwritten(slot)) return;
      this.slots.delete(key);
      this.total -= slot.length;
    }
  }

  /** Bytes of the texts kept (tests: the bound holds). */
  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.slots.size;
  }
}
