import type { ArticleMeta, Category } from '../../../shared/model';
import type { CatalogData, CatalogOp, TrashEntry } from './catalog-schema';

/** One counter for every state, so a restored or moved catalogue never reuses an old version. */
let orderCounter = 0;
const nextOrderVersion = () => ++orderCounter;

/**
 * The catalogue in memory, with the lookups the app needs (by id, source URL, content hash).
 * Metas are never mutated in place: a change swaps in a new object, so a shallow copy of the
 * maps is a consistent snapshot for a background compaction while saves go on.
 */
export class CatalogState {
  readonly articles = new Map<string, ArticleMeta>();
  readonly trash = new Map<string, TrashEntry>();
  readonly categories = new Map<string, Category>();
  /** Built on the first duplicate check (an import), not at every start. */
  private lookups: { bySource: Map<string, string>; byHash: Map<string, string> } | null = null;
  private listCache: readonly ArticleMeta[] | null = null;
  /**
   * Bumped when an article comes or goes or its title or date changes: what a sorted list
   * depends on. Marking an article read does not bump it, so the library keeps its sort.
   */
  orderVersion = nextOrderVersion();

  static from(data: CatalogData): CatalogState {
    const state = new CatalogState();
    for (const category of data.categories) state.categories.set(category.id, category);
    for (const meta of data.articles) state.articles.set(meta.id, meta);
    for (const entry of data.trash) state.trash.set(entry.meta.id, entry);
    return state;
  }

  list(): readonly ArticleMeta[] {
    return (this.listCache ??= Object.freeze([...this.articles.values()]));
  }

  findBySource(url: string): ArticleMeta | undefined {
    const id = this.lookupMaps().bySource.get(url);
    return id ? this.articles.get(id) : undefined;
  }

  findByHash(hash: string): ArticleMeta | undefined {
    const id = this.lookupMaps().byHash.get(hash);
    return id ? this.articles.get(id) : undefined;
  }

  private lookupMaps(): NonNullable<CatalogState['lookups']> {
    if (!this.lookups) {
      this.lookups = { bySource: new Map(), byHash: new Map() };
      for (const meta of this.articles.values()) this.index(meta);
    }
    return this.lookups;
  }

  private index(meta: ArticleMeta): void {
    if (!this.lookups) return;
    const { bySource, byHash } = this.lookups;
    if (meta.sourceUrl && !bySource.has(meta.sourceUrl)) bySource.set(meta.sourceUrl, meta.id);
    if (!byHash.has(meta.contentHash)) byHash.set(meta.contentHash, meta.id);
  }

  /** Applies one journal entry. Unknown ids are skipped: replay must never fail on a stale entry. */
  apply(op: CatalogOp): void {
    switch (op.op) {
      case 'put':
        return this.putMeta(op.meta);
      case 'patch': {
        const current = this.articles.get(op.id);
        if (current) this.putMeta({ ...current, ...op.patch });
        return;
      }
      case 'trash':
        for (const id of op.ids) this.moveToTrash(id, op.at);
        return;
      case 'untrash':
        for (const id of op.ids) this.restoreFromTrash(id);
        return;
      case 'purge':
        for (const id of op.ids) this.trash.delete(id);
        return;
      case 'category':
        this.categories.set(op.category.id, op.category);
        return;
      case 'merge':
        return this.merge(op.from, op.into);
    }
  }

  snapshot(schemaVersion: CatalogData['schemaVersion'], generation: number): CatalogData {
    return {
      schemaVersion,
      generation,
      categories: [...this.categories.values()],
      articles: [...this.articles.values()],
      trash: [...this.trash.values()],
    };
  }

  private putMeta(meta: ArticleMeta): void {
    const previous = this.articles.get(meta.id);
    if (previous) this.unindex(previous);
    if (!previous || previous.title !== meta.title || previous.publishedAt !== meta.publishedAt)
      this.orderVersion = nextOrderVersion();
    this.articles.set(meta.id, meta);
    this.index(meta);
    this.listCache = null;
  }

  private unindex(meta: ArticleMeta): void {
    if (!this.lookups) return;
    const { bySource, byHash } = this.lookups;
    if (meta.sourceUrl && bySource.get(meta.sourceUrl) === meta.id) bySource.delete(meta.sourceUrl);
    if (byHash.get(meta.contentHash) === meta.id) byHash.delete(meta.contentHash);
  }

  private moveToTrash(id: string, at: string): void {
    const meta = this.articles.get(id);
    if (!meta) return;
    this.unindex(meta);
    this.articles.delete(id);
    this.trash.set(id, { meta, deletedAt: at });
    this.listCache = null;
    this.orderVersion = nextOrderVersion();
  }

  private restoreFromTrash(id: string): void {
    const entry = this.trash.get(id);
    if (!entry) return;
    this.trash.delete(id);
    const category = entry.meta.categoryId;
    // The category may have been merged away while the article sat in the trash.
    const categoryId = category && this.categories.has(category) ? category : null;
    this.putMeta({ ...entry.meta, categoryId });
  }

  private merge(from: string, into: string): void {
    if (from === into || !this.categories.has(into)) return;
    for (const meta of [...this.articles.values()]) {
      if (meta.categoryId === from) this.putMeta({ ...meta, categoryId: into });
    }
    for (const [id, entry] of this.trash) {
      if (entry.meta.categoryId === from)
        this.trash.set(id, { ...entry, meta: { ...entry.meta, categoryId: into } });
    }
    this.categories.delete(from);
  }
}
