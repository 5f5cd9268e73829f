import type { HandlerDeps, HandlerTable } from './handler-table';

type SearchChannels = 'search.query' | 'search.status' | 'search.reindex';

export function createSearchHandlers(deps: HandlerDeps): Pick<HandlerTable, SearchChannels> {
  return {
    'search.query': (input) => deps.search.query(input),
    'search.status': () => deps.search.status(),
    'search.reindex': () => deps.search.reindex(),
  };
}
