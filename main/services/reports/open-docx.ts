import type { ReportFile } from '../../../shared/report/report';
import { openDocx } from '../export/docx/open/open-docx';
import type { Nd30Recognition } from '../export/docx/open/recognize-nd30';
import { assertSize, LIMITS } from '../import/limits';
import type { ReportService } from './report-service';

export type OpenedReport = { report: ReportFile; nd30: Nd30Recognition | null };

/**
 * "Mở tệp Word": a .docx becomes a new report. Its images go to the archive's media store like
 * any image put into a report (one the store refuses, such as a Word metafile, is dropped).
 */
export async function openDocxReport(
  reports: ReportService,
  bytes: Uint8Array,
  fileName: string,
): Promise<OpenedReport> {
  assertSize(fileName, bytes.length, LIMITS.docxBytes);
  let images = 0;
  const opened = await openDocx(bytes, fileName, async (image, contentType) => {
    const ext = contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'png';
    const stored = await reports.putMedia(
      `${fileName} #${++images}.${ext}`,
      Buffer.from(image).toString('base64'),
    );
    return stored.src;
  });
  const report = await reports.create({
    title: opened.title,
    template: opened.template,
    fields: opened.fields,
    content: opened.content,
  });
  return { report, nd30: opened.nd30 };
}
