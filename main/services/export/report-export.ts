import { reportFileName } from '../../../shared/report/file-name';
import type { ReportFile } from '../../../shared/report/report';
import { buildPrintDocument } from './html';
import type { PdfRenderer } from './pdf';

import type { ExportFormat } from '../../../shared/ipc/report-output';

export type DocxBuilder = (
  report: ReportFile,
  options: { mediaDir: string; citationStyle: 'inline' | 'footnote' },
) => Promise<Uint8Array> | Uint8Array;

export type ExportDeps = {
  mediaDir: string;
  citationStyle: 'inline' | 'footnote';
  renderPdf: PdfRenderer;
  /** The .docx builder (main/services/export/docx). */
  buildDocx: DocxBuilder;
  year?: number;
};

export type ExportedFile = { fileName: string; mime: string; bytes: Uint8Array };

const MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

/** One report as a .docx, a PDF or a self-contained HTML file, named as the decree's documents are. */
export async function exportReport(
  report: ReportFile,
  format: ExportFormat,
  deps: ExportDeps,
): Promise<ExportedFile> {
  const fileName = reportFileName(report.fields, format);
  if (format === 'docx') {
    const bytes = await deps.buildDocx(report, {
      mediaDir: deps.mediaDir,
      citationStyle: deps.citationStyle,
    });
    return { fileName, mime: MIME.docx, bytes };
  }
  const html = await buildPrintDocument(report, {
    mediaDir: deps.mediaDir,
    citationStyle: deps.citationStyle,
    year: deps.year,
  });
  if (format === 'html')
    return { fileName, mime: MIME.html, bytes: new TextEncoder().encode(html) };
  return { fileName, mime: MIME.pdf, bytes: await deps.renderPdf(html) };
}
