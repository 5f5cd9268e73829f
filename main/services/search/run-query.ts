import type {
  SearchFilters,
  SearchHit,
  SearchQuery,
  SearchResult,
} from '../../../shared/ipc/search';
import type { ArticleMeta } from '../../../shared/model';
import { buildSnippet, highlightRanges } from '../../../shared/text/highlight';
import { isEmptyQuery, parseQuery, type ParsedQuery } from '../../../shared/text/search-query';
import { toMinutes } from './doc-table';
import { copyMatches, giveBack, takeArrays, type PhraseArrays } from './phrase-arrays';
import { keepPossiblePhrases } from './phrase-filter';
import { confirm, phrasePage } from './phrase-page';
import { matchAll, matchTerms, type Matches } from './query-engine';
import { comparator, selectTop } from './rank';
import type { SearchIndex } from './search-index';
import type { SearchSource } from './search-source';
import type { SnippetSource } from './text-store';

export const DEFAULT_LIMIT = 20;

export type QueryContext = {
  index: SearchIndex;
  source: SearchSource;
  categoryName(id: string | null): string | null;
  /** Body text for the page's snippets (text store, else the archive); null when the body is missing. */
  readText(id: string): Promise<SnippetSource | null>;
  /** Folded body + captions from the text store, for phrase checks; null when not stored. */
  readFolded(meta: ArticleMeta): Promise<string | null>;
};

/** Keeps (in place) the docs whose date and catalogue fields pass the filters. Read/starred come live from the catalogue. */
function applyFilters(ctx: QueryContext, docs: Int32Array, filters: SearchFilters): Int32Array {
  const from = filters.from ? toMinutes(`${filters.from}T00:00:00+07:00`) : -Infinity;
  const to = filters.to ? toMinutes(`${filters.to}T23:59:59+07:00`) : Infinity;
  const byDate = Boolean(filters.from || filters.to);
  const byMeta =
    filters.categoryId !== undefined ||
    filters.site !== undefined ||
    filters.read !== undefined ||
    filters.starred !== undefined;
  const { ids, dates } = ctx.index.docs;
  // Filtered in place: a fresh array per query costs more than the filtering.
  const kept = docs;
  let n = 0;
  // An indexed loop: `for…of` over a typed array allocated an iterator result per doc (Node 20).
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    if (byDate) {
      const minutes = dates[doc]!;
      if (Number.isNaN(minutes) || minutes < from || minutes > to) continue;
    }
    if (byMeta && !metaPasses(ctx.source.getMeta(ids[doc]!), filters)) continue;
    kept[n++] = doc;
  }
  return kept.subarray(0, n);
}

function metaPasses(meta: ArticleMeta | null | undefined, filters: SearchFilters): boolean {
  if (!meta) return false;
  if (filters.categoryId !== undefined && meta.categoryId !== filters.categoryId) return false;
  if (filters.site !== undefined && meta.site !== filters.site) return false;
  if (filters.read !== undefined && meta.read !== filters.read) return false;
  return filters.starred === undefined || meta.starred === filters.starred;
}

async function toHit(
  ctx: QueryContext,
  id: string,
  parsed: ParsedQuery,
): Promise<SearchHit | null> {
  const meta = ctx.source.getMeta(id);
  if (!meta) return null;
  // The lead is in memory and sums the article up: when it shows a match, no body is read.
  const fromLead = meta.lead ? buildSnippet(meta.lead, parsed) : null;
  let snippet = fromLead;
  if (!fromLead || fromLead.highlights.length === 0) {
    const body = await ctx.readText(id);
    const fromBody = body ? buildSnippet(body.text, parsed, undefined, body.aligned) : null;
    if (fromBody && (fromBody.highlights.length > 0 || !fromLead)) snippet = fromBody;
  }
  snippet ??= { snippet: '', highlights: [] };
  return {
    id,
    title: meta.title,
    titleHighlights: highlightRanges(meta.title, parsed),
    snippet: snippet.snippet,
    snippetHighlights: snippet.highlights,
  };
}

/** One search: match words, filter, confirm phrases, rank one page, and dress the page's hits. */
export async function runQuery(ctx: QueryContext, input: SearchQuery): Promise<SearchResult> {
  const started = performance.now();
  const parsed = parseQuery(input.query);
  const found = isEmptyQuery(parsed) ? matchAll(ctx.index, parsed) : matchTerms(ctx.index, parsed);
  if (parsed.phrases.length === 0) return answer(ctx, input, parsed, found, null, started);
  // Scores live in scratch arrays shared by all queries; keep our own copy across the awaits below.
  const arrays = takeArrays(ctx.index.docs.size);
  try {
    return await answer(ctx, input, parsed, copyMatches(found, arrays), arrays, started);
  } finally {
    giveBack(arrays);
  }
}

async function answer(
  ctx: QueryContext,
  input: SearchQuery,
  parsed: ParsedQuery,
  matches: Matches,
  arrays: PhraseArrays | null,
  started: number,
): Promise<SearchResult> {
  const docs = input.filters ? applyFilters(ctx, matches.docs, input.filters) : matches.docs;
  const offset = input.offset ?? 0;
  const limit = input.limit ?? DEFAULT_LIMIT;
  const sort = input.sort ?? (isEmptyQuery(parsed) ? 'date-desc' : 'relevance');
  const compare = comparator(sort, matches, ctx.index.docs.dates);
  const { ranked, total } =
    arrays !== null
      ? await phrasePage(
          ctx,
          keepPossiblePhrases(ctx.index, docs, parsed.phrases, arrays.fields),
          parsed,
          compare,
          offset + limit,
        )
      : { ranked: selectTop(docs, offset + limit, compare), total: docs.length };
  const page = ranked.slice(offset, offset + limit);
  const ids = page.map((doc) => ctx.index.docs.ids[doc]!);
  const hits = (await Promise.all(ids.map((id) => toHit(ctx, id, parsed)))).filter(
    (hit) => hit !== null,
  );
  return { total, hits, tookMs: Math.round((performance.now() - started) * 100) / 100 };
}

/**
 * Every article a query and filters match, unranked and undressed (a compiled report takes
 * them all). Phrases are confirmed on every candidate, so the list is exact.
 */
export async function matchingIds(
  ctx: QueryContext,
  query: string,
  filters: SearchFilters = {},
): Promise<string[]> {
  const parsed = parseQuery(query);
  const found = isEmptyQuery(parsed) ? matchAll(ctx.index, parsed) : matchTerms(ctx.index, parsed);
  // The match arrays are shared scratch space: copy before anything awaits.
  const filtered = applyFilters(ctx, found.docs.slice(), filters);
  if (parsed.phrases.length === 0) return Array.from(filtered, (doc) => ctx.index.docs.ids[doc]!);
  const arrays = takeArrays(ctx.index.docs.size);
  try {
    const candidates = keepPossiblePhrases(ctx.index, filtered, parsed.phrases, arrays.fields);
    const docs = await confirm(ctx, Array.from(candidates.docs), parsed, candidates.fields);
    return docs.map((doc) => ctx.index.docs.ids[doc]!);
  } finally {
    giveBack(arrays);
  }
}
