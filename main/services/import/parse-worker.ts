/**
 * The import pool's worker (bundled as out/main/import-parse-worker.js): parses one file per
 * task with jsdom, mammoth and the recognizers. It never opens the archive.
 */
import type { MessagePort } from 'node:worker_threads';
import { parseToReply, type ParseReply, type ParseTask } from './parse-file';

/** `started` tells the pool the file is being parsed now: its time limit runs from then. */
export type ParseMessage = { task: ParseTask; started: MessagePort };

export function announce(
  message: ParseMessage,
  run: (task: ParseTask) => Promise<ParseReply>,
): Promise<ParseReply> {
  message.started.postMessage('started');
  message.started.close();
  return run(message.task);
}

export default function parse(message: ParseMessage): Promise<ParseReply> {
  return announce(message, parseToReply);
}
