import { z } from 'zod';
import { DocSchema } from '../report/document';
import { ReportFieldsSchema } from '../report/fields';
import {
  REPORT_LAYOUTS,
  REPORT_TEMPLATES,
  ReportFileSchema,
  ReportId,
  ReportMetaSchema,
  ReportVersionInfoSchema,
} from '../report/report';

const VersionId = ReportVersionInfoSchema.shape.id;
const Title = z.string().max(500);
/** Base64 of an image up to the media limit (the service refuses oversize images with their size). */
const Base64 = z.string().max(64 * 1024 * 1024);

/** A row of the Báo cáo list: the meta plus the fields the list shows (số, ký hiệu, ngày). */
export const ReportListItemSchema = ReportMetaSchema.extend({
  type: ReportFieldsSchema.shape.type,
  number: ReportFieldsSchema.shape.number,
  agencyCode: z.string(),
  date: z.string().nullable(),
  /** The trích yếu, so the list can show and filter by it. */
  summary: z.string().optional(),
  /** Why the file could not be read; such a row opens read-only and offers the newest version. */
  damaged: z.string().nullable().optional(),
});
export type ReportListItem = z.infer<typeof ReportListItemSchema>;

/** A report that could not be read: the file named and the newest version offered; never overwritten. */
export const DamagedReportSchema = z.object({
  file: z.string(),
  reason: z.string(),
  newestVersion: ReportVersionInfoSchema.nullable(),
});
export type DamagedReport = z.infer<typeof DamagedReportSchema>;

export const reportsChannels = {
  'reports.list': {
    input: z
      .object({ query: z.string().max(200).optional(), trash: z.boolean().optional() })
      .strict()
      .optional(),
    output: z.array(ReportListItemSchema),
  },
  'reports.get': {
    input: z.object({ id: ReportId }).strict(),
    output: z.object({
      report: ReportFileSchema.nullable(),
      damaged: DamagedReportSchema.nullable(),
    }),
  },
  'reports.create': {
    input: z
      .object({
        title: Title.optional(),
        template: z.enum(REPORT_TEMPLATES).optional(),
        fields: ReportFieldsSchema.partial().optional(),
        content: DocSchema.optional(),
      })
      .strict(),
    output: ReportFileSchema,
  },
  /** Autosave: refused with 'report-conflict' when baseRevision is not the file's revision. */
  'reports.save': {
    input: z
      .object({
        id: ReportId,
        baseRevision: z.number().int().nonnegative(),
        title: Title.optional(),
        fields: ReportFieldsSchema.optional(),
        layout: z.enum(REPORT_LAYOUTS).optional(),
        final: z.boolean().optional(),
        content: DocSchema,
      })
      .strict(),
    output: ReportMetaSchema,
  },
  'reports.rename': {
    input: z.object({ id: ReportId, title: Title.min(1) }).strict(),
    output: ReportMetaSchema,
  },
  'reports.duplicate': { input: z.object({ id: ReportId }).strict(), output: ReportMetaSchema },
  /** Moves the report to the trash; 'reports.restore' brings it back (Undo). */
  'reports.delete': { input: z.object({ id: ReportId }).strict(), output: ReportMetaSchema },
  'reports.restore': { input: z.object({ id: ReportId }).strict(), output: ReportMetaSchema },
  'reports.versions': {
    input: z.object({ id: ReportId }).strict(),
    output: z.array(ReportVersionInfoSchema),
  },
  'reports.version': {
    input: z.object({ id: ReportId, versionId: VersionId }).strict(),
    output: z.object({ title: z.string(), fields: ReportFieldsSchema, content: DocSchema }),
  },
  /** Snapshots the current state ('before-restore'), then puts the version back as a new revision. */
  'reports.restoreVersion': {
    input: z.object({ id: ReportId, versionId: VersionId }).strict(),
    output: ReportFileSchema,
  },
  /** An image for a report, stored once in media/ by content hash. */
  'media.put': {
    input: z.object({ name: z.string().min(1).max(255), base64: Base64 }).strict(),
    output: z.object({
      src: z.string(),
      width: z.number().int().positive().nullable(),
      height: z.number().int().positive().nullable(),
    }),
  },
} as const;
