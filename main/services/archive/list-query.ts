import type { ArticleListItem, ArticleListQuery, ArticleSort } from '../../../shared/ipc/archive';
import type { ArticleMeta } from '../../../shared/model';
import type { Archive } from './archive';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** The Vietnam calendar day of a publication time, whatever offset it was written with. */
function dayOf(iso: string): string {
  if (iso.endsWith('+07:00')) return iso.slice(0, 10);
  return new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Undated articles sort after every dated one. Keys are computed once per article, not per comparison. */
function sortByDate(list: readonly ArticleMeta[]): ArticleMeta[] {
  const keyed = list.map((meta) => ({ meta, time: meta.publishedAt === null ? Infinity : Date.parse(meta.publishedAt) }));
  keyed.sort((a, b) => a.time - b.time || (a.meta.importedAt < b.meta.importedAt ? -1 : a.meta.importedAt > b.meta.importedAt ? 1 : 0));
  return keyed.map((entry) => entry.meta);
}

/**
 * Sorted views of the catalogue, rebuilt only when the catalogue changes: sorting 100,000
 * titles with the Vietnamese collator takes a moment, paging through them must not.
 */
export class ArticleQuery {
  private source: readonly ArticleMeta[] | null = null;
  private readonly sorted = new Map<'date' | 'title', ArticleMeta[]>();

  constructor(private readonly archive: () => Archive) {}

  run(query: ArticleListQuery): { total: number; items: ArticleListItem[] } {
    const sort: ArticleSort = query.sort ?? 'date-desc';
    let rows = this.sortedBy(sort.startsWith('date') ? 'date' : 'title');
    if (sort.endsWith('desc')) rows = [...rows].reverse();
    const matches = rows.filter(matcher(query));
    const offset = query.offset ?? 0;
    const page = matches.slice(offset, offset + (query.limit ?? 100));
    const archive = this.archive();
    return { total: matches.length, items: page.map((meta) => ({ ...meta, bodyMissing: archive.isBodyMissing(meta.id) })) };
  }

  private sortedBy(key: 'date' | 'title'): ArticleMeta[] {
    const list = this.archive().listArticles();
    if (list !== this.source) {
      this.source = list;
      this.sorted.clear();
    }
    let rows = this.sorted.get(key);
    if (!rows) {
      rows = key === 'date' ? sortByDate(list) : sortByDate(list).sort((a, b) => collator.compare(a.title, b.title));
      this.sorted.set(key, rows);
    }
    return rows;
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
    return (query.from === undefined || day >= query.from) && (query.to === undefined || day <= query.to);
  };
}
