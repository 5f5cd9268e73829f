import type { ArticleBody } from '../../../shared/model';
import type { SearchSource } from './search-source';

/** Bodies kept for snippets: enough for the pages of a few successive keystrokes… */
const MAX_ENTRIES = 500;
/** …and no more than this in all: bodies run to 10,000 characters and more, kept as JS strings. */
export const MAX_BODY_BYTES = 8 << 20;

/** About what a body holds in memory: two bytes a character (Vietnamese text is not Latin-1). */
export function bodyBytes(body: ArticleBody | null): number {
  if (!body) return 16;
  let characters = body.text.length;
  for (const caption of body.captions) characters += caption.length;
  return 64 + 2 * characters;
}

/**
 * Recently read article bodies, for result snippets when the text store cannot serve them.
 * Reading a body file costs more than the rest of a query, and search-as-you-type asks for
 * mostly the same top articles keystroke after keystroke. Keyed by content hash too, so an
 * edited article is never shown from a stale copy. Bounded by count and by bytes.
 */
export class BodyCache {
  private readonly entries = new Map<string, { body: ArticleBody | null; bytes: number }>();
  private total = 0;

  constructor(private readonly source: SearchSource) {}

  async read(id: string): Promise<ArticleBody | null> {
    const meta = this.source.getMeta(id);
    const key = `${id}\u0001${meta?.contentHash ?? ''}`;
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached.body;
    }
    const body = await this.source.readBody(id);
    const bytes = bodyBytes(body);
    // One body larger than the whole budget is served, not kept.
    if (bytes > MAX_BODY_BYTES) return body;
    // Two reads of one body at once: the second replaces the first.
    const previous = this.entries.get(key);
    if (previous) this.total -= previous.bytes;
    this.entries.set(key, { body, bytes });
    this.total += bytes;
    while (this.entries.size > MAX_ENTRIES || this.total > MAX_BODY_BYTES) {
      const oldest = this.entries.keys().next().value!;
      this.total -= this.entries.get(oldest)!.bytes;
      this.entries.delete(oldest);
    }
    return body;
  }

  /** What the kept bodies hold, by the estimate above (tests: the bound holds). */
  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }
}
