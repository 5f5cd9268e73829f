import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { open, readFile, rename } from 'node:fs/promises';
import { promisify } from 'node:util';

/** What a pipe takes without a reader draining it (Linux: 64 KB); the content is written at once. */
const PIPE_BYTES = 64 * 1024;

export type HeldFile = {
  /** Puts the real file back and lets a reader already waiting on the pipe go on with its content. */
  release(): Promise<void>;
};

/**
 * Makes whoever reads `file` wait until the test says so, with no hook in the app: the file is
 * swapped for a named pipe (FIFO) that this side keeps open for reading and writing, so a reader's
 * open goes through and its read waits for content. A long job that reads the file (the export
 * reading an article body) is then provably still running until `release()`, however fast or slow
 * the machine is. POSIX only (mkfifo), as the e2e tests.
 */
export async function holdFile(file: string): Promise<HeldFile> {
  const content = await readFile(file);
  if (content.length >= PIPE_BYTES) throw new Error(`${file}: too large to hold in a pipe`);
  const kept = `${file}.held`;
  await rename(file, kept);
  await promisify(execFile)('mkfifo', [file]);
  // O_RDWR never blocks on a FIFO (Linux) and makes this side a writer: a reader's open succeeds.
  const pipe = await open(file, constants.O_RDWR);
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      // The real file first (a rename replaces the pipe atomically): whoever opens it from now
      // on reads the file; whoever opened the pipe before gets the same bytes, then end of file
      // once this last writer closes.
      await rename(kept, file);
      await pipe.write(content);
      await pipe.close();
    },
  };
}
