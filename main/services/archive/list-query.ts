import type { ArticleListItem, ArticleListQuery, ArticleSort } from '../../../shared/ipc/archive';
import type { ArticleMeta } from '../../../shared/model';
import type { Archive } from './archive';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** The Vietnam calendar day of a publication time, whatever offset it was written with. */
function dayOf(iso: string): string {
  if (iso.endsWith('+07:00')) return iso.slice(0, 10);
  return new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Undated articles sort after every dated one, in either direction. Keys are computed once per article, not per comparison. */
function sortByDate(list: readonly ArticleMeta[], direction: 1 | -1): ArticleMeta[] {
  const keyed = list.map((meta) => ({
    meta,
    time: meta.publishedAt === null ? null : Date.parse(meta.publishedAt),
  }));
  keyed.sort((a, b) => {
    if (a.time === null || b.time === null) return a.time === b.time ? 0 : a.time === null ? 1 : -1;
    return (
      direction * (a.time - b.time) ||
      direction *
        (a.meta.importedAt < b.meta.importedAt ? -1 : a.meta.importedAt > b.meta.importedAt ? 1 : 0)
    );
  });
  return keyed.map((entry) => entry.meta);
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
    const matches: ArticleMeta[] = [];
    const wanted = matcher(query);
    for (const id of this.sortedBy(query.sort ?? 'date-desc')) {
      const meta = archive.getMeta(id);
      if (meta && wanted(meta)) matches.push(meta);
    }
    const offset = query.offset ?? 0;
    const page = matches.slice(offset, offset + (query.limit ?? 100));
    return {
      total: matches.length,
      items: page.map((meta) => ({ ...meta, bodyMissing: archive.isBodyMissing(meta.id) })),
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
