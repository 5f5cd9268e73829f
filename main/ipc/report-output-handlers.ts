import path from 'node:path';
import { AppError } from '../../shared/errors';
import { rememberedDefaults } from '../../shared/report/template-skeletons';
import { chromiumPdfRenderer } from '../services/export/pdf';
import { exportReport } from '../services/export/report-export';
import type { HandlerDeps, HandlerTable } from './handler-table';

export function createReportOutputHandlers(
  deps: HandlerDeps,
): Pick<HandlerTable, 'reports.export'> {
  const renderPdf = deps.renderPdf ?? chromiumPdfRenderer();
  return {
    'reports.export': async ({ id, format }) => {
      const { report } = await deps.reports.get(id);
      if (!report) throw new AppError('not-found', `report ${id}`);
      await deps.reports.snapshot(id, 'export');
      const file = await exportReport(report, format, {
        mediaDir: path.join(deps.paths.archiveDir, 'media'),
        citationStyle: deps.settings.get().editor.citationStyle,
        renderPdf,
        // The docx library is loaded on the first Word export, not at start-up.
        buildDocx: async (...args) => (await import('../services/export/docx')).buildDocx(...args),
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
