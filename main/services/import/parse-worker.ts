/**
 * The import pool's worker (bundled as out/main/import-parse-worker.js): parses one file per
 * task with jsdom, mammoth and the recognizers. It never opens the archive.
 */
import { parseToReply, type ParseReply, type ParseTask } from './parse-file';

export default function parse(task: ParseTask): Promise<ParseReply> {
  return parseToReply(task);
}
