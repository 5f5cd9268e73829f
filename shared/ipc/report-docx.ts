import { z } from 'zod';
import { ReportFileSchema } from '../report/report';
import { MAX_UPLOAD_BYTES } from './import';

const MAX_DOCX_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 4;

/** "Mở tệp Word": a .docx (its bytes, as the browser's file input and Electron both give them) becomes a report. */
export const reportDocxChannels = {
  'reports.openDocx': {
    input: z
      .object({ name: z.string().min(1).max(255), base64: z.string().min(1).max(MAX_DOCX_BASE64) })
      .strict(),
    output: z.object({
      report: ReportFileSchema,
      /** The decree's header was recognized and read into the fields; false: opened whole as a plain report. */
      recognized: z.boolean(),
    }),
  },
} as const;
