import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The worker file the pool starts, and what Node needs to run it. */
export type WorkerEntry = { filename: string; execArgv?: string[] };

/** The name electron-vite gives the worker's bundle (electron.vite.config.ts, main inputs). */
export const BUNDLED_WORKER = 'import-parse-worker.js';

/**
 * From sources (tsx: CLI, loopback host, tests) the worker is parse-worker.ts, run with tsx's
 * loader, found by its absolute path so the working folder does not matter. From the build (the
 * app, packaged or not) it is the bundle beside the main one; this module may sit in a shared
 * chunk one folder down. Worker threads read from app.asar since Electron 18.
 */
export function parseWorkerEntry(moduleUrl: string = import.meta.url): WorkerEntry {
  const here = path.dirname(fileURLToPath(moduleUrl));
  if (moduleUrl.endsWith('.ts')) {
    const tsx = createRequire(moduleUrl).resolve('tsx');
    return {
      filename: path.join(here, 'parse-worker.ts'),
      execArgv: ['--import', pathToFileURL(tsx).href],
    };
  }
  const candidates = [path.join(here, BUNDLED_WORKER), path.join(here, '..', BUNDLED_WORKER)];
  return { filename: candidates.find((file) => existsSync(file)) ?? candidates[0] };
}
