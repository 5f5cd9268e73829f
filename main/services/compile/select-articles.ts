import type { CompileSource } from '../../../shared/ipc/citations';
import type { ArticleMeta } from '../../../shared/model';
import type { Archive } from '../archive';
import { matcher } from '../archive/list-query';
import type { SearchService } from '../search/search-service';

export type ArticleSource = Pick<Archive, 'getMeta' | 'listArticles'>;
export type IdSearch = Pick<SearchService, 'matchingIds'>;

/**
 * The articles a compile takes. A query goes through the library's search (same language,
 * same filters); a range without one is read straight from the catalogue. Articles deleted
 * since the selection was made are left out.
 */
export async function selectArticles(
  archive: ArticleSource,
  search: IdSearch | null,
  source: CompileSource,
): Promise<ArticleMeta[]> {
  if ('ids' in source) {
    const unique = [...new Set(source.ids)];
    return unique.map((id) => archive.getMeta(id)).filter((meta): meta is ArticleMeta => !!meta);
  }
  const inRange = matcher({
    from: source.from,
    to: source.to,
    site: source.site,
    read: source.read,
    starred: source.starred,
  });
  const categories = source.categoryIds?.length ? new Set(source.categoryIds) : null;
  const wanted = (meta: ArticleMeta) =>
    inRange(meta) && (categories === null || categories.has(meta.categoryId));
  const query = source.query?.trim();
  if (!query) return archive.listArticles().filter(wanted);
  if (!search) throw new Error('a query needs the search service');
  // A compile's query is complete as given: its last word is not a prefix still being typed.
  const ids = await search.matchingIds(`${query} `, {
    from: source.from,
    to: source.to,
    site: source.site,
    read: source.read,
    starred: source.starred,
    ...(categories?.size === 1 && !categories.has(null)
      ? { categoryId: [...categories][0] as string }
      : {}),
  });
  return ids
    .map((id) => archive.getMeta(id))
    .filter((meta): meta is ArticleMeta => !!meta && wanted(meta));
}
