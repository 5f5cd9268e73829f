import { z } from 'zod';
import { DOCUMENT_TYPES, ReportFieldsSchema } from '../report/fields';
import { ReportId, ReportMetaSchema } from '../report/report';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const ArticleId = z.string().min(1).max(100);
/** A category id, or null for the articles that have none. */
const CategoryKey = z.string().min(1).max(200).nullable();

/** Above this many articles, compiling asks first (the CLI needs --yes). */
export const COMPILE_CONFIRM_AT = 5_000;
/** Never more than this in one report: beyond it the document would not open. */
export const COMPILE_MAX = 20_000;

/**
 * Which articles a tổng hợp report takes: the library's selection (ids), or its current search
 * and filters, or a date range with categories (inclusive Vietnam calendar days).
 */
export const CompileSourceSchema = z.union([
  z.object({ ids: z.array(ArticleId).min(1).max(COMPILE_MAX) }).strict(),
  z
    .object({
      from: IsoDay.optional(),
      to: IsoDay.optional(),
      categoryIds: z.array(CategoryKey).max(500).optional(),
      query: z.string().max(500).optional(),
      site: z.string().min(1).max(500).optional(),
      read: z.boolean().optional(),
      starred: z.boolean().optional(),
    })
    .strict(),
]);
export type CompileSource = z.infer<typeof CompileSourceSchema>;

export const CompileRequestSchema = z
  .object({
    source: CompileSourceSchema,
    /** Section order by category; categories left out follow, largest first. */
    categoryOrder: z.array(CategoryKey).max(500).optional(),
  })
  .strict();
export type CompileRequest = z.infer<typeof CompileRequestSchema>;

export const CompilePreviewSchema = z.object({
  total: z.number().int().nonnegative(),
  sections: z.array(
    z.object({
      categoryId: CategoryKey,
      name: z.string(),
      count: z.number().int().nonnegative(),
    }),
  ),
  /** Articles whose body file is gone: they go in with their title and a note. */
  missingBodies: z.array(z.object({ id: z.string(), title: z.string() })),
  /** The first and last publication days found (ISO days), for the preview's heading. */
  firstDay: z.string().nullable(),
  lastDay: z.string().nullable(),
  confirmRequired: z.boolean(),
});
export type CompilePreview = z.infer<typeof CompilePreviewSchema>;

export const CompileInputSchema = CompileRequestSchema.extend({
  title: z.string().trim().min(1).max(500),
  type: z.enum(DOCUMENT_TYPES).optional(),
  fields: ReportFieldsSchema.partial().optional(),
  /** Required when the preview said confirmRequired. */
  confirmed: z.boolean().optional(),
}).strict();
export type CompileInput = z.infer<typeof CompileInputSchema>;

/** A passage of an article's own text, quoted into a report. */
export const QuoteInputSchema = z
  .object({
    reportId: ReportId,
    articleId: ArticleId,
    /** The selected text; it must occur in the article (compared NFC, spaces collapsed). */
    text: z.string().trim().min(1).max(20_000),
    /** Where the report's cursor last was (a ProseMirror position); the end when absent. */
    at: z.number().int().nonnegative().max(100_000_000).nullable().optional(),
  })
  .strict();

export const citationsChannels = {
  /** What a compile would take, counted per category; creates nothing. */
  'reports.compilePreview': { input: CompileRequestSchema, output: CompilePreviewSchema },
  /** Creates the tổng hợp report; refused when empty or, above COMPILE_CONFIRM_AT, unconfirmed. */
  'reports.compile': {
    input: CompileInputSchema,
    output: z.object({
      id: ReportId,
      articles: z.number().int().nonnegative(),
      missingBodies: z.number().int().nonnegative(),
    }),
  },
  /**
   * Appends a block quote and its citation at the end of a report that is not open in an
   * editor, through the revision check (a report open in an editor takes the quote there).
   */
  'reports.appendQuote': { input: QuoteInputSchema, output: ReportMetaSchema },
  /** Which of a report's cited articles are gone from the archive: one call however many citations. */
  'reports.missingSources': {
    input: z.object({ articleIds: z.array(ArticleId).max(COMPILE_MAX * 2) }).strict(),
    output: z.object({ missing: z.array(z.string()) }),
  },
} as const;

export type CitationChannel = keyof typeof citationsChannels;
