import type { ArticleBody } from '../../../shared/model';
import type { SearchSource } from './search-source';

/** Bodies kept for snippets: enough for the pages of a few successive keystrokes. */
const CAPACITY = 500;

/**
 * Recently read article bodies, for result snippets. Reading a body file costs more than the
 * rest of a query, and search-as-you-type asks for mostly the same top articles keystroke after
 * keystroke. Keyed by content hash too, so an edited article is never shown from a stale copy.
 */
export class BodyCache {
  private readonly entries = new Map<string, ArticleBody | null>();

  constructor(private readonly source: SearchSource) {}

  async read(id: string): Promise<ArticleBody | null> {
    const meta = this.source.getMeta(id);
    const key = `${id}\u0001${meta?.contentHash ?? ''}`;
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const body = await this.source.readBody(id);
    this.entries.set(key, body);
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value!);
    return body;
  }
}
