import { z } from 'zod';
import { IsoDateTime } from '../model';
import { DocSchema } from './document';
import { ReportFieldsSchema } from './fields';

const REPORT_ID = /^r[0-9a-f]{12}$/;
export const ReportId = z.string().regex(REPORT_ID, 'not a report id');

/**
 * Layout of the page: 'nd30' (the decree's header and signer blocks), 'party' (Hướng dẫn
 * 36-HD/VPTW), or 'plain' (no header, the body alone).
 */
export const REPORT_LAYOUTS = ['nd30', 'party', 'plain'] as const;
export type ReportLayout = (typeof REPORT_LAYOUTS)[number];

/** What the reports list shows and keeps in memory for every report. */
export const ReportMetaSchema = z.object({
  id: ReportId,
  title: z.string().max(500),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Grows by one on every save; a save based on an older revision is refused. */
  revision: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  layout: z.enum(REPORT_LAYOUTS),
  /** Marked final: the pre-flight check then requires a number and a date. */
  final: z.boolean(),
  /** Set while the report is in the trash. */
  deletedAt: IsoDateTime.nullable(),
});
export type ReportMeta = z.infer<typeof ReportMetaSchema>;

/** reports/<id>.json: the meta, the ND30 fields and the tiptap document. */
export const ReportFileSchema = z.object({
  meta: ReportMetaSchema,
  fields: ReportFieldsSchema,
  content: DocSchema,
});
export type ReportFile = z.infer<typeof ReportFileSchema>;

/**
 * Starting documents: 'blank' (empty ND30 report), 'plain' (no header), one per document type
 * with the decree's skeleton, and 'party' (Hướng dẫn 36-HD/VPTW).
 */
export const REPORT_TEMPLATES = [
  'blank',
  'plain',
  'bao-cao',
  'to-trinh',
  'ke-hoach',
  'thong-bao',
  'cong-van',
  'party',
] as const;
export type ReportTemplate = (typeof REPORT_TEMPLATES)[number];

/** One snapshot in reports/versions/<id>/. */
export const ReportVersionInfoSchema = z.object({
  id: z.string().regex(/^v[0-9A-Za-z-]{1,60}$/),
  createdAt: IsoDateTime,
  words: z.number().int().nonnegative(),
  reason: z.enum(['auto', 'export', 'before-restore', 'manual']),
});
export type ReportVersionInfo = z.infer<typeof ReportVersionInfoSchema>;
