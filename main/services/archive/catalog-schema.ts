import { z } from 'zod';
import { ArticleMetaPatchSchema } from '../../../shared/ipc/archive';
import { ArticleMetaSchema, CategorySchema, IsoDateTime } from '../../../shared/model';

/**
 * Bumped with every change to the catalogue's shape on disk; migrations.ts brings older files
 * forward. 4: catalog.jsonl holds columns instead of one line per article (catalog-columns.ts).
 */
export const CURRENT_SCHEMA_VERSION = 4;

export const TrashEntrySchema = z.object({ meta: ArticleMetaSchema, deletedAt: IsoDateTime });
export type TrashEntry = z.infer<typeof TrashEntrySchema>;

export const CatalogDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** Which journal (journal-<generation>.log) continues this snapshot. */
  generation: z.number().int().nonnegative(),
  categories: z.array(CategorySchema),
  articles: z.array(ArticleMetaSchema),
  trash: z.array(TrashEntrySchema),
});
export type CatalogData = z.infer<typeof CatalogDataSchema>;

export function emptyCatalog(): CatalogData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    generation: 0,
    categories: [],
    articles: [],
    trash: [],
  };
}

/** The journal stores the same patch the `articles.update` channel accepts. */
export const MetaPatchSchema = ArticleMetaPatchSchema;
export type MetaPatch = z.infer<typeof MetaPatchSchema>;

/** One journal entry: a change to the catalogue, replayed on top of the snapshot at open. */
export const CatalogOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), meta: ArticleMetaSchema }),
  z.object({ op: z.literal('patch'), id: z.string(), patch: MetaPatchSchema }),
  z.object({ op: z.literal('trash'), ids: z.array(z.string()), at: IsoDateTime }),
  z.object({ op: z.literal('untrash'), ids: z.array(z.string()) }),
  z.object({ op: z.literal('purge'), ids: z.array(z.string()) }),
  z.object({ op: z.literal('category'), category: CategorySchema }),
  z.object({ op: z.literal('merge'), from: z.string(), into: z.string() }),
]);
export type CatalogOp = z.infer<typeof CatalogOpSchema>;
