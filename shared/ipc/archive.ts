import { z } from 'zod';
import { ArticleBodySchema, ArticleMetaSchema, CategorySchema } from '../model';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const Id = z.string().min(1).max(100);

/** One row of the library list: the meta plus whether its body file is gone. */
export const ArticleListItemSchema = ArticleMetaSchema.extend({ bodyMissing: z.boolean() });
export type ArticleListItem = z.infer<typeof ArticleListItemSchema>;

export const ARTICLE_SORTS = ['date-desc', 'date-asc', 'title-asc', 'title-desc'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

/** The library's query: filters (dates are Vietnam calendar days, inclusive), a sort and one page. */
export const ArticleListQuerySchema = z
  .object({
    /** A category id, or null for articles without a category. */
    categoryId: Id.nullable().optional(),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    site: z.string().min(1).max(500).optional(),
    read: z.boolean().optional(),
    starred: z.boolean().optional(),
    sort: z.enum(ARTICLE_SORTS).optional(),
    offset: z.number().int().nonnegative().max(10_000_000).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict();
export type ArticleListQuery = z.infer<typeof ArticleListQuerySchema>;

export const ArticleMetaPatchSchema = ArticleMetaSchema.pick({
  title: true,
  categoryId: true,
  publishedAt: true,
  author: true,
  read: true,
  starred: true,
  readingPosition: true,
})
  .partial()
  .strict();

export const CategoryWithCountSchema = CategorySchema.extend({
  count: z.number().int().nonnegative(),
});

export const ArchiveStatusSchema = z.object({
  dir: z.string(),
  readOnly: z.boolean(),
  problems: z.array(z.object({ file: z.string(), reason: z.string() })),
  newestBackup: z.string().nullable(),
  articleCount: z.number().int().nonnegative(),
  /** Articles in the trash, shown on "Dọn thùng rác". */
  trashCount: z.number().int().nonnegative(),
});

export const BackupInfoSchema = z.object({
  name: z.string(),
  kind: z.enum(['daily', 'pre-migration', 'pre-bulk', 'pre-restore', 'manual']),
  createdAt: z.string(),
  articleCount: z.number().int().nonnegative(),
});

const IdList = z.array(Id).min(1).max(200_000);

export const archiveChannels = {
  'articles.list': {
    input: ArticleListQuerySchema.optional(),
    output: z.object({
      total: z.number().int().nonnegative(),
      items: z.array(ArticleListItemSchema),
    }),
  },
  'articles.get': {
    input: z.object({ id: Id }).strict(),
    output: ArticleListItemSchema.extend({ body: ArticleBodySchema.nullable() }),
  },
  'articles.update': {
    input: z.object({ id: Id, patch: ArticleMetaPatchSchema }).strict(),
    output: ArticleMetaSchema,
  },
  'articles.delete': {
    input: z.object({ ids: IdList }).strict(),
    output: z.object({ deleted: z.number().int() }),
  },
  /**
   * Where the library's "Xuất" writes its zip. Electron asks with the native save dialog (path
   * null when the person cancelled); the web host has no dialog (available false) and proposes
   * `suggested`, which the page lets the person change.
   */
  'articles.exportTarget': {
    input: z.object({ count: z.number().int().min(1).max(200_000) }).strict(),
    output: z.object({
      path: z.string().nullable(),
      available: z.boolean(),
      suggested: z.string(),
    }),
  },
  /**
   * Starts writing the selected articles as one zip (an HTML page each, their photos, and the
   * archive layout `import-archive` reads) to `path`; progress and Cancel go through the job.
   */
  'articles.export': {
    input: z
      .object({
        ids: IdList,
        path: z.string().min(1).max(4096),
        /** Replace a file already there (the person agreed). */
        overwrite: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ jobId: z.string() }),
  },
  /** Waits for an export to end: what was written, or that it was cancelled; its error otherwise. */
  'articles.exportResult': {
    input: z.object({ jobId: z.string().min(1).max(100) }).strict(),
    output: z.discriminatedUnion('state', [
      z.object({
        state: z.literal('done'),
        path: z.string(),
        articles: z.number().int().nonnegative(),
        images: z.number().int().nonnegative(),
        bytes: z.number().int().nonnegative(),
        missingBodies: z.number().int().nonnegative(),
        missingImages: z.number().int().nonnegative(),
      }),
      z.object({ state: z.literal('cancelled') }),
    ]),
  },
  'articles.undoDelete': {
    input: z.object({ ids: IdList }).strict(),
    output: z.object({ restored: z.number().int() }),
  },
  'categories.list': { input: z.void(), output: z.array(CategoryWithCountSchema) },
  'categories.rename': {
    input: z.object({ id: Id, name: z.string().min(1).max(200) }).strict(),
    output: CategorySchema,
  },
  'categories.merge': {
    input: z.object({ fromId: Id, intoId: Id }).strict(),
    output: z.object({ merged: z.boolean() }),
  },
  'archive.status': { input: z.void(), output: ArchiveStatusSchema },
  'archive.backups': { input: z.void(), output: z.array(BackupInfoSchema) },
  'archive.restore': {
    input: z.object({ name: z.string().min(1).max(100) }).strict(),
    output: ArchiveStatusSchema,
  },
  /** Empties the trash for good ("Dọn thùng rác"); answers with how many articles went. */
  'archive.emptyTrash': {
    input: z.void(),
    output: z.object({ removed: z.number().int().nonnegative() }),
  },
  /** Moves the whole archive to another folder (a USB drive, a shared folder); answers with the new path. */
  'archive.move': {
    input: z.object({ to: z.string().min(1).max(1000) }).strict(),
    output: z.object({ dir: z.string(), jobId: z.string() }),
  },
} as const;
