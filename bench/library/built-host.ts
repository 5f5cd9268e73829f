import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Beside out/main, so the entry's `../..` is the repo root as main/host/main.ts's is. */
export const BUILT_HOST_DIR = path.join(repoRoot, 'out/bench-host');

/**
 * The loopback host bundled as electron-vite bundles the app's main process (ES modules for
 * Node, dependencies left in node_modules, the worker entries beside it under the names the
 * code looks for), so the bench starts plain JavaScript as the app does, not TypeScript that
 * tsx would transpile on the timed path.
 */
export async function buildHost(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: repoRoot,
    build: {
      ssr: true,
      target: 'node20',
      outDir: BUILT_HOST_DIR,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: {
        input: {
          host: path.join(repoRoot, 'main/host/main.ts'),
          'search-rebuild-worker': path.join(repoRoot, 'main/services/search/rebuild-worker.ts'),
          'import-parse-worker': path.join(repoRoot, 'main/services/import/parse-worker.ts'),
        },
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  });
  return path.join(BUILT_HOST_DIR, 'host.js');
}

export type HostProcessTimes = {
  url: Promise<string>;
  /** When the host listened (the page may load) and when the archive was open, from performance.now(). */
  listening: Promise<number>;
  open: Promise<number>;
  stop(): Promise<void>;
};

/** `node <built host>`: its two announcements (listening, archive open) are read from stdout. */
export function spawnHost(
  entry: string,
  folders: { archiveDir: string; userDataDir: string; rendererDir: string },
): HostProcessTimes {
  const child = spawn(
    process.execPath,
    [
      entry,
      '--archive',
      folders.archiveDir,
      '--user-data',
      folders.userDataDir,
      '--renderer',
      folders.rendererDir,
      '--port',
      '0',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let output = '';
  let listened: (at: number, url: string) => void = () => undefined;
  let opened: (at: number) => void = () => undefined;
  const listening = new Promise<{ at: number; url: string }>((resolve, reject) => {
    listened = (at, url) => resolve({ at, url });
    void exited.then(() => reject(new Error(`host exited:\n${output}`)));
  });
  const open = new Promise<number>((resolve, reject) => {
    opened = resolve;
    void exited.then(() => reject(new Error(`host exited:\n${output}`)));
  });
  child.stdout.on('data', (chunk: Buffer) => {
    const now = performance.now();
    output += chunk.toString();
    const port = /port (\d+)/.exec(output);
    if (port) listened(now, `http://127.0.0.1:${port[1]}/`);
    if (/is running at/.test(output)) opened(now);
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  listening.catch(() => undefined);
  open.catch(() => undefined);
  return {
    url: listening.then(({ url }) => url),
    listening: listening.then(({ at }) => at),
    open,
    /** SIGTERM (the host closes the archive), SIGKILL after 5 s: a close that waits for a
     *  search rebuild under way must not hold the bench. */
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
