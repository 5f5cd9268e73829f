import { AppError } from '../../shared/errors';
import { MAX_UPLOAD_BYTES } from '../../shared/ipc/import';
import { displayName } from '../services/import/import-file';
import type { HandlerDeps, HandlerTable } from './handler-table';

export function createReportDocxHandlers(
  deps: HandlerDeps,
): Pick<HandlerTable, 'reports.openDocx'> {
  return {
    'reports.openDocx': async ({ name, base64 }) => {
      const fileName = displayName(name);
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.length > MAX_UPLOAD_BYTES)
        throw new AppError('file-too-large', `${fileName}: > ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
      // mammoth and jsdom are loaded with the first Word file opened, not at start-up.
      const { openDocxReport } = await import('../services/reports/open-docx');
      const { report, nd30 } = await openDocxReport(deps.reports, bytes, fileName);
      return { report, recognized: nd30 !== null && report.meta.layout !== 'plain' };
    },
  };
}
