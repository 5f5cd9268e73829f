import type { ArticleBody } from '../../../shared/model';
import { analyzeArticle, fingerprint, type IndexedMeta } from './analyzer';
import { DocTable } from './doc-table';
import { FrozenPostings, MutablePostings, type PostingList, type PostingsReader } from './postings';

/**
 * The live index: a packed base (loaded or built) plus a small delta of articles added or
 * changed since, over one doc table. A changed article is appended again and its old doc
 * number marked dead; compaction folds the delta into a new base.
 */
export class SearchIndex {
  constructor(
    readonly docs: DocTable,
    readonly base: FrozenPostings,
    readonly delta: MutablePostings = new MutablePostings(),
  ) {}

  static empty(): SearchIndex {
    return new SearchIndex(new DocTable(), FrozenPostings.empty());
  }

  /** Bumped on every change, so caches built over this index know when they are stale. */
  version = 0;

  get documentCount(): number {
    return this.docs.liveCount;
  }

  /** Articles added or changed since the base was packed. */
  get deltaPostings(): number {
    return this.delta.postingCount;
  }

  isCurrent(meta: IndexedMeta, categoryName: string | null): boolean {
    const docNo = this.docs.docNoOf(meta.id);
    return docNo !== undefined && this.docs.fingerprints[docNo] === fingerprint(meta, categoryName);
  }

  add(meta: IndexedMeta, body: ArticleBody | null, categoryName: string | null): void {
    this.version++;
    const docNo = this.docs.append(meta.id, fingerprint(meta, categoryName), meta.publishedAt);
    this.delta.add(docNo, analyzeArticle(meta, body, categoryName));
  }

  remove(id: string): boolean {
    this.version++;
    return this.docs.remove(id);
  }

  private readers(): PostingsReader[] {
    return this.delta.termCount > 0 ? [this.base, this.delta] : [this.base];
  }

  /** The posting lists of one whole word, base first (lower doc numbers). */
  lookup(term: string): PostingList[] {
    const lists: PostingList[] = [];
    for (const reader of this.readers()) {
      const list = reader.lookup(term);
      if (list && list.length > 0) lists.push(list);
    }
    return lists;
  }

  /** Longer words starting with `prefix`, across base and delta. */
  termsWithPrefix(prefix: string): string[] {
    const terms = new Set<string>();
    for (const reader of this.readers())
      for (const term of reader.termsWithPrefix(prefix)) terms.add(term);
    return [...terms];
  }
}
