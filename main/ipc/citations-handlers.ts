import { AppError } from '../../shared/errors';
import type { CitationChannel } from '../../shared/ipc/citations';
import { CompileService } from '../services/compile/compile-service';
import type { HandlerDeps, HandlerTable } from './handler-table';

/** Compile and quote channels: the archive side of issue 11, writing through the reports service. */
export function createCitationsHandlers(deps: HandlerDeps): Pick<HandlerTable, CitationChannel> {
  const compile = new CompileService({
    archive: deps.archive,
    search: deps.search,
    reportDefaults: () => deps.settings.get().reportDefaults,
    createReport: async () => {
      throw new AppError('internal', 'reports service not wired yet');
    },
  });
  return {
    'reports.compilePreview': (input) => compile.preview(input),
    'reports.compile': (input) => compile.compile(input),
    'reports.appendQuote': () => {
      throw new AppError('internal', 'reports service not wired yet');
    },
  };
}
