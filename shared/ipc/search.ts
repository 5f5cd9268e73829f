import { z } from 'zod';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** A [start, end) range of UTF-16 offsets into the string it belongs to (title or snippet). */
const Range = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const SearchFiltersSchema = z
  .object({
    categoryId: z.string().min(1).max(200).optional(),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    site: z.string().min(1).max(500).optional(),
    read: z.boolean().optional(),
    starred: z.boolean().optional(),
  })
  .strict();
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

export const SEARCH_SORTS = ['relevance', 'date-desc', 'date-asc'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SearchQuerySchema = z
  .object({
    query: z.string().max(500),
    filters: SearchFiltersSchema.optional(),
    sort: z.enum(SEARCH_SORTS).optional(),
    offset: z.number().int().nonnegative().max(1_000_000).optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .strict();
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  titleHighlights: z.array(Range),
  snippet: z.string(),
  snippetHighlights: z.array(Range),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({
  total: z.number().int().nonnegative(),
  hits: z.array(SearchHitSchema),
  tookMs: z.number().nonnegative(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SearchStatusSchema = z.object({
  state: z.enum(['ready', 'building', 'missing']),
  documents: z.number().int().nonnegative(),
  jobId: z.string().nullable(),
});
export type SearchStatus = z.infer<typeof SearchStatusSchema>;

export const searchChannels = {
  'search.query': { input: SearchQuerySchema, output: SearchResultSchema },
  'search.status': { input: z.void(), output: SearchStatusSchema },
  'search.reindex': { input: z.void(), output: z.object({ jobId: z.string() }) },
} as const;
