import type { ArticleListItem, ArticleListQuery, ArticleSort } from '../../../shared/ipc/archive';
import type { ArticleMeta } from '../../../shared/model';
import type { Archive } from './archive';
import { sortByDate } from './date-order';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** The Vietnam calendar day of a publication time, whatever offset it was written with. */
function dayOf(iso: string): string {
  if (iso.endsWith('+07:00')) return iso.slice(0, 10);
  return new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

function sortList(list: readonly ArticleMeta[], sort: ArticleSort): ArticleMeta[] {
  if (sort === 'date-asc') return sortByDate(list, 1);
  if (sort === 'date-desc') return sortByDate(list, -1);
  const byTitle = sortByDate(list, -1).sort((a, b) => collator.compare(a.title, b.title));
  return sort === 'title-asc' ? byTitle : byTitle.reverse();
}

/**
 * Sorted views of the catalogue, rebuilt only when the catalogue changes: sorting 100,000
 * titles with the Vietnamese collator takes a moment, paging through them must not.
 */
export class ArticleQuery {
  private source: { archive: Archive; version: number } | null = null;
  /** Sorted ids, not metas: a read/starred change swaps the meta object but keeps the order. */
  private readonly sorted = new Map<ArticleSort, string[]>();

  constructor(private readonly archive: () => Archive) {}

  run(query: ArticleListQuery = {}): { total: number; items: ArticleListItem[] } {
    const archive = this.archive();
    const ids = this.sortedBy(query.sort ?? 'date-desc');
    const offset = query.offset ?? 0;
    const end = offset + (query.limit ?? 100);
    let matches: ArticleMeta[];
    let total: number;
    if (isUnfiltered(query)) {
      // The library as it opens: a page costs its own rows, not a pass over every article.
      matches = ids
        .slice(offset, end)
        .map((id) => archive.getMeta(id))
        .filter((meta) => meta !== undefined);
      total = ids.length;
    } else {
      const wanted = matcher(query);
      const all: ArticleMeta[] = [];
      for (const id of ids) {
        const meta = archive.getMeta(id);
        if (meta && wanted(meta)) all.push(meta);
      }
      matches = all.slice(offset, end);
      total = all.length;
    }
    return {
      total,
      items: matches.map((meta) => ({ ...meta, bodyMissing: archive.isBodyMissing(meta.id) })),
    };
  }

  private sortedBy(key: ArticleSort): string[] {
    const archive = this.archive();
    const version = archive.orderVersion();
    if (this.source?.archive !== archive || this.source.version !== version) {
      this.source = { archive, version };
      this.sorted.clear();
    }
    let ids = this.sorted.get(key);
    if (!ids) {
      ids = sortList(archive.listArticles(), key).map((meta) => meta.id);
      this.sorted.set(key, ids);
    }
    return ids;
  }
}

function isUnfiltered(query: ArticleListQuery): boolean {
  return (
    query.categoryId === undefined &&
    query.site === undefined &&
    query.read === undefined &&
    query.starred === undefined &&
    query.from === undefined &&
    query.to === undefined
  );
}

export function matcher(query: ArticleListQuery): (meta: ArticleMeta) => boolean {
  return (meta) => {
    if (query.categoryId !== undefined && meta.categoryId !== query.categoryId) return false;
    if (query.site !== undefined && meta.site !== query.site) return false;
    if (query.read !== undefined && meta.read !== query.read) return false;
    if (query.starred !== undefined && meta.starred !== query.starred) return false;
    if (query.from === undefined && query.to === undefined) return true;
    if (meta.publishedAt === null) return false;
    const day = dayOf(meta.publishedAt);
    return (
      (query.from === undefined || day >= query.from) && (query.to === undefined || day <= query.to)
    );
  };
}
