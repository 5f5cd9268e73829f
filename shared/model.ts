import { z } from 'zod';

/** ISO-8601 with the +07:00 offset the portals publish in, or null when the date is unknown. */
export const IsoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/);

export const CategorySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
});
export type Category = z.infer<typeof CategorySchema>;

/** What the catalogue keeps in memory for every article: everything the list and search filters need, no body. */
export const ArticleMetaSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  categoryId: z.string().nullable(),
  publishedAt: IsoDateTime.nullable(),
  site: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  author: z.string().nullable(),
  lead: z.string(),
  wordCount: z.number().int().nonnegative(),
  importedAt: IsoDateTime,
  contentHash: z.string(),
  read: z.boolean(),
  starred: z.boolean(),
  /** Fraction of the body scrolled past, 0..1. */
  readingPosition: z.number().min(0).max(1),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

export const ArticleImageSchema = z.object({
  /** media/<hash>.<ext>; null when the source pointed at a remote image we never fetch. */
  media: z.string().nullable(),
  caption: z.string().nullable(),
  alt: z.string().nullable(),
  originalSrc: z.string().nullable(),
});
export type ArticleImage = z.infer<typeof ArticleImageSchema>;

/** One article's body file (items/ab/<id>.json). */
export const ArticleBodySchema = z.object({
  id: z.string().min(1),
  /** Sanitized HTML, NFC. */
  html: z.string(),
  /** Plain text of the body, NFC, paragraphs separated by blank lines. */
  text: z.string(),
  captions: z.array(z.string()),
  images: z.array(ArticleImageSchema),
});
export type ArticleBody = z.infer<typeof ArticleBodySchema>;

export type Article = ArticleMeta & { body: ArticleBody | null };

/** What an importer hands to the archive: the article without the fields the archive assigns. */
export const ArticleDraftSchema = z.object({
  title: z.string(),
  category: z.string().nullable(),
  publishedAt: IsoDateTime.nullable(),
  site: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  author: z.string().nullable(),
  lead: z.string(),
  html: z.string(),
  text: z.string(),
  captions: z.array(z.string()),
  images: z.array(ArticleImageSchema),
});
export type ArticleDraft = z.infer<typeof ArticleDraftSchema>;

export const ReportMetaSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type ReportMeta = z.infer<typeof ReportMetaSchema>;
