import { AppError } from '../../shared/errors';
import type { CitationChannel } from '../../shared/ipc/citations';
import type { HandlerDeps, HandlerTable } from './handler-table';

/** The reports channels this file serves; compile and quotes are in citations-handlers.ts. */
type ReportChannel = Exclude<
  Extract<keyof HandlerTable, `reports.${string}` | 'media.put'>,
  CitationChannel | 'reports.export'
>;

/** Placeholder until the report service lands (issue 9): every channel answers a typed error. */
export function createReportHandlers(_deps: HandlerDeps): Pick<HandlerTable, ReportChannel> {
  const missing = () => {
    throw new AppError('internal', 'reports service not wired yet');
  };
  return {
    'reports.list': missing,
    'reports.get': missing,
    'reports.create': missing,
    'reports.save': missing,
    'reports.rename': missing,
    'reports.duplicate': missing,
    'reports.delete': missing,
    'reports.restore': missing,
    'reports.versions': missing,
    'reports.version': missing,
    'reports.restoreVersion': missing,
    'media.put': missing,
  };
}
