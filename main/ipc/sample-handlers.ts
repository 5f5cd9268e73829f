import { loadSampleArchive } from '../services/sample/sample-archive';
import type { HandlerDeps, HandlerTable } from './handler-table';

/** The empty library's "load the sample archive" button. */
export function createSampleHandlers(deps: HandlerDeps): Pick<HandlerTable, 'archive.loadSample'> {
  return {
    'archive.loadSample': () => loadSampleArchive(deps.archive),
  };
}
