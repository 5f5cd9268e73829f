import type { CategoryNames } from './index-sync';

/**
 * Category names by id, cached until the archive changes: listing categories counts articles,
 * too costly per query or per indexed article.
 */
export class CategoryNameCache {
  private names: Map<string, string> | null = null;

  constructor(private readonly list: () => readonly { id: string; name: string }[]) {}

  clear(): void {
    this.names = null;
  }

  lookup(): CategoryNames {
    const names = (this.names ??= new Map(this.list().map((c) => [c.id, c.name])));
    return (id) => (id === null ? null : (names.get(id) ?? null));
  }
}
