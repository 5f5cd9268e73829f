import type { CitationChannel } from '../../shared/ipc/citations';
import { QuoteService } from '../services/citations/quote-service';
import { CompileService } from '../services/compile/compile-service';
import type { HandlerDeps, HandlerTable } from './handler-table';

/** Compile and quote channels: the archive side of issue 11, writing through the reports service. */
export function createCitationsHandlers(deps: HandlerDeps): Pick<HandlerTable, CitationChannel> {
  // Built per call: they hold nothing, and the archive may have moved since the last one.
  const compile = () =>
    new CompileService({
      archive: deps.archive,
      search: deps.search,
      reportDefaults: () => deps.settings.get().reportDefaults,
      createReport: async (input) => ({ id: (await deps.reports.create(input)).meta.id }),
    });
  return {
    'reports.compilePreview': (input) => compile().preview(input),
    'reports.compile': (input) => compile().compile(input),
    'reports.appendQuote': (input) =>
      new QuoteService(deps.archive, deps.reports).appendQuote(input),
    'reports.missingSources': ({ articleIds }) => ({
      missing: articleIds.filter((id) => !deps.archive.getMeta(id)),
    }),
  };
}
