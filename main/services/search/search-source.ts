import type { ArticleBody, ArticleMeta, Category } from '../../../shared/model';

export type ArchiveChange = { type: 'added' | 'updated' | 'deleted'; ids: readonly string[] };

/**
 * What search needs from the archive. The Archive satisfies it; keeping search to this narrow
 * view means the index never reaches into the catalogue's internals.
 */
export interface SearchSource {
  /** The archive folder: the rebuild worker reads the body files under its items/ itself. */
  readonly dir: string;
  listArticles(): readonly ArticleMeta[];
  getMeta(id: string): ArticleMeta | null | undefined;
  readBody(id: string): Promise<ArticleBody | null>;
  listCategories(): readonly Category[];
  onChange(listener: (change: ArchiveChange) => void): () => void;
}
