import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { ReportFile } from '../../shared/report/report';
import { rememberedDefaults } from '../../shared/report/template-skeletons';
import { chromiumPdfRenderer } from '../services/export/pdf';
import { exportReport } from '../services/export/report-export';
import type { HandlerDeps, HandlerTable } from './handler-table';

/** What the export needs of the reports service: the saved report and a version snapshot. */
type ExportSource = {
  get(id: string): Promise<{ report: ReportFile | null }>;
  snapshot(id: string, reason: 'export'): Promise<unknown>;
};

function reportsOf(deps: HandlerDeps): ExportSource {
  const reports = (deps as Partial<{ reports: ExportSource }>).reports;
  if (!reports) throw new AppError('internal', 'reports service not wired yet');
  return reports;
}

export function createReportOutputHandlers(
  deps: HandlerDeps,
): Pick<HandlerTable, 'reports.export'> {
  const renderPdf = deps.renderPdf ?? chromiumPdfRenderer();
  return {
    'reports.export': async ({ id, format }) => {
      const reports = reportsOf(deps);
      const { report } = await reports.get(id);
      if (!report) throw new AppError('not-found', `report ${id}`);
      await reports.snapshot(id, 'export');
      const file = await exportReport(report, format, {
        mediaDir: path.join(deps.paths.archiveDir, 'media'),
        citationStyle: deps.settings.get().editor.citationStyle,
        renderPdf,
      });
      // The agency, place, signer and recipients of this report are offered for the next one.
      if (report.meta.layout !== 'plain') {
        await deps.settings.set({ reportDefaults: rememberedDefaults(report.fields) });
      }
      if (deps.saveFile) {
        const savedTo = await deps.saveFile(file.fileName, file.bytes);
        return { fileName: file.fileName, base64: null, savedTo };
      }
      return {
        fileName: file.fileName,
        base64: Buffer.from(file.bytes).toString('base64'),
        savedTo: null,
      };
    },
  };
}
