/**
 * The import pool's worker with two pages that break it, for tests: a file whose name holds
 * "treo" never returns (a parser stuck in a loop), one holding "sap" ends the worker thread (a
 * parser crash). Every other file goes to the real parser.
 */
import { parseToReply } from '../../main/services/import/parse-file';
import { announce, type ParseMessage } from '../../main/services/import/parse-worker';

export default function faultyParse(message: ParseMessage) {
  return announce(message, (task) => {
    const name = task.source.kind === 'bytes' ? task.source.name : task.source.path;
    if (name.includes('treo')) for (;;);
    if (name.includes('sap')) process.exit(3);
    return parseToReply(task);
  });
}
