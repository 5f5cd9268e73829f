import { z } from 'zod';
import { ReportId } from '../report/report';

export const EXPORT_FORMATS = ['docx', 'pdf', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Export of one report: Word, PDF or a self-contained HTML page, from the saved report. */
export const reportOutputChannels = {
  /**
   * Takes an 'export' version snapshot, then builds the file. The web host returns the bytes
   * (the page downloads them); Electron asks where to save and returns the path, or nothing
   * when the user cancelled the dialog.
   */
  'reports.export': {
    input: z.object({ id: ReportId, format: z.enum(EXPORT_FORMATS) }).strict(),
    output: z.object({
      fileName: z.string(),
      base64: z.string().nullable(),
      savedTo: z.string().nullable(),
    }),
  },
} as const;
