import { z } from 'zod';
import { ERROR_CODES } from '../errors';
import { ArticleDraftSchema, IsoDateTime } from '../model';

/** Uploaded files (web host, browser input) are capped so a request cannot exhaust memory. */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;
const MAX_UPLOAD_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 4;

export const IMPORT_FIELDS = [
  'title',
  'publishedAt',
  'site',
  'category',
  'author',
  'lead',
  'dateline',
  'body',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1258',
  'tcvn3',
  'vni',
] as const;

export const IMPORT_WARNINGS = [
  'title-missing',
  'date-missing',
  'encoding-uncertain',
  'nfd-composed',
  'teaser-removed',
  'body-may-be-cut',
  'remote-images',
  'unsafe-content-removed',
  'empty-body',
  'title-uncertain',
  'chrome-removed',
] as const;
export type ImportWarningCode = (typeof IMPORT_WARNINGS)[number];

export const FieldReportSchema = z.object({
  value: z.string().nullable(),
  /** 0..1; 0 when missing. */
  confidence: z.number().min(0).max(1),
  /** found: read from the file; proposed: guessed and shown as such; missing: nothing usable. */
  status: z.enum(['found', 'proposed', 'missing']),
});
export type FieldReport = z.infer<typeof FieldReportSchema>;

export const EncodingCandidateSchema = z.object({
  encoding: z.enum(IMPORT_ENCODINGS),
  confidence: z.number(),
  sample: z.string(),
});

export const ImportInspectionSchema = z.object({
  fileName: z.string(),
  format: z.enum(['text', 'html', 'mhtml', 'docx']),
  draft: ArticleDraftSchema,
  fields: z.record(z.enum(IMPORT_FIELDS), FieldReportSchema),
  warnings: z.array(z.object({ code: z.enum(IMPORT_WARNINGS), detail: z.string().optional() })),
  encoding: z
    .object({
      chosen: z.enum(IMPORT_ENCODINGS),
      confidence: z.number(),
      uncertain: z.boolean(),
      candidates: z.array(EncodingCandidateSchema),
    })
    .nullable(),
});
export type ImportInspection = z.infer<typeof ImportInspectionSchema>;

export const ImportFileSchema = z.union([
  z.object({ path: z.string().min(1).max(4096) }).strict(),
  z
    .object({ name: z.string().min(1).max(1024), base64: z.string().max(MAX_UPLOAD_BASE64) })
    .strict(),
]);
export type ImportFileInput = z.infer<typeof ImportFileSchema>;

export const DUPLICATE_MODES = ['skip', 'replace', 'keep'] as const;
export type DuplicateMode = (typeof DUPLICATE_MODES)[number];

/** What the person corrected in the preview, applied before saving. */
export const FieldOverridesSchema = z
  .object({
    title: z.string().max(1000).optional(),
    publishedAt: IsoDateTime.nullable().optional(),
    category: z.string().max(200).nullable().optional(),
    author: z.string().max(300).nullable().optional(),
  })
  .strict();

export const FileOverrideSchema = z
  .object({
    duplicateMode: z.enum(DUPLICATE_MODES).optional(),
    encoding: z.enum(IMPORT_ENCODINGS).optional(),
    fields: FieldOverridesSchema.optional(),
  })
  .strict();
export type FileOverride = z.infer<typeof FileOverrideSchema>;

export const ImportReportRowSchema = z.object({
  file: z.string(),
  outcome: z.enum(['imported', 'replaced', 'kept-both', 'skipped-duplicate', 'failed']),
  articleId: z.string().nullable(),
  title: z.string().nullable(),
  errorCode: z.enum(ERROR_CODES).nullable(),
  reason: z.string().nullable(),
});
export type ImportReportRow = z.infer<typeof ImportReportRowSchema>;

export const ImportReportSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  total: z.number().int().nonnegative(),
  rows: z.array(ImportReportRowSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

const jobIdInput = z.object({ jobId: z.string().min(1).max(100) }).strict();

export const importChannels = {
  'import.inspect': {
    input: z
      .object({ file: ImportFileSchema, encoding: z.enum(IMPORT_ENCODINGS).optional() })
      .strict(),
    output: ImportInspectionSchema,
  },
  'import.start': {
    input: z
      .object({
        files: z
          .array(z.object({ key: z.string().max(100), file: ImportFileSchema }).strict())
          .min(1)
          .max(5000),
        duplicateMode: z.enum(DUPLICATE_MODES),
        /** Per-file choices, keyed by the `key` given with each file. */
        overrides: z.record(z.string().max(100), FileOverrideSchema).optional(),
      })
      .strict(),
    output: z.object({ jobId: z.string() }),
  },
  'import.report': { input: jobIdInput, output: ImportReportSchema },
  'import.reportCsv': {
    input: jobIdInput,
    output: z.object({ fileName: z.string(), csv: z.string() }),
  },
  'import.pickFiles': {
    input: z.void(),
    /** null when the shell has no native dialog (the web host) or the person cancelled. */
    output: z.object({ paths: z.array(z.string()).nullable(), available: z.boolean() }),
  },
} as const;
