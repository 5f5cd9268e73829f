import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { JobContext } from '../jobs';
import type { CategoryNames } from './index-sync';
import type {
  FromWorker,
  PackedIndex,
  RebuildMeta,
  RebuildStart,
  ToWorker,
  UnpackOptions,
} from './rebuild-transfer';
import type { SearchSource } from './search-source';
import type { PackedEntries } from './text-store-table';
import type { YielderOptions } from './yielder';

/** Metadata sent per message: each structured clone stays well under a millisecond. */
const META_BATCH = 500;

/** Tests replace the worker's script or limit its heap (to see a crash handled). */
export type RebuildWorkerOptions = {
  script?: URL;
  resourceLimits?: ResourceLimits;
  /** How the main thread slices the adoption (tests: tiny slices, and queries between them). */
  adopt?: Omit<UnpackOptions, 'yielder'> & YielderOptions;
};

export type RebuiltIndex = {
  /** As transferred: unpacked in slices on adoption (see unpackIndex). */
  index: PackedIndex;
  texts: PackedEntries;
  /** Where the worker left the new text store's files, to be adopted by the live store. */
  textsDir: string;
  unreadable: string[];
  missing: string[];
};

/**
 * The worker's script: in the built app, electron-vite's second main entry beside the bundle
 * (out/main/search-rebuild-worker.js); from source (the host and CLI under tsx, Vitest), a
 * small .mjs that registers tsx before importing the TypeScript worker.
 */
function workerScript(): URL {
  for (const candidate of ['./search-rebuild-worker.js', '../search-rebuild-worker.js']) {
    const built = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(built))) return built;
  }
  return new URL('./rebuild-worker-dev.mjs', import.meta.url);
}

const slim = (meta: RebuildMeta): RebuildMeta => ({
  id: meta.id,
  contentHash: meta.contentHash,
  title: meta.title,
  lead: meta.lead,
  author: meta.author,
  publishedAt: meta.publishedAt,
  site: meta.site,
  categoryName: meta.categoryName,
});

/**
 * Builds the whole index in a worker thread and hands it back as transferred buffers. The main
 * thread only sends metadata in small batches; cancelling terminates the worker, and a worker
 * that dies says so (search-rebuild-failed).
 */
export function rebuildInWorker(options: {
  source: SearchSource;
  archiveDir: string;
  indexDir: string;
  categoryName: CategoryNames;
  ctx: JobContext;
  worker?: RebuildWorkerOptions;
}): Promise<RebuiltIndex> {
  const { source, ctx, categoryName } = options;
  const metas = source.listArticles();
  const start: RebuildStart = {
    archiveDir: options.archiveDir,
    indexDir: options.indexDir,
    textsDir: path.join(options.indexDir, 'rebuild-texts'),
    total: metas.length,
  };
  const worker = new Worker(options.worker?.script ?? workerScript(), {
    workerData: start,
    resourceLimits: options.worker?.resourceLimits,
  });
  return new Promise<RebuiltIndex>((resolve, reject) => {
    let settled = false;
    const finish = (error: unknown, value?: RebuiltIndex) => {
      if (settled) return;
      settled = true;
      ctx.signal.removeEventListener('abort', onAbort);
      const exited = worker.terminate();
      if (!error) return resolve(value!);
      // A stopped worker leaves its half-filled text store: removed once the worker has let go of it.
      void exited
        .then(() => rm(start.textsDir, { recursive: true, force: true }))
        .catch(() => undefined);
      reject(error);
    };
    const onAbort = () => finish(new AppError('cancelled'));
    ctx.signal.addEventListener('abort', onAbort);
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'phase') ctx.phase(message.name, message.step, message.steps);
      else if (message.type === 'progress') ctx.progress(message.done, message.total, null);
      else
        finish(null, {
          index: message.index,
          texts: message.texts,
          textsDir: start.textsDir,
          unreadable: message.unreadable,
          missing: message.missing,
        });
    });
    worker.on('error', (error) => finish(new AppError('search-rebuild-failed', error.message)));
    worker.on('exit', (code) =>
      finish(new AppError('search-rebuild-failed', `the worker stopped (exit code ${code})`)),
    );
    void (async () => {
      for (let i = 0; i < metas.length && !settled; i += META_BATCH) {
        const batch = metas
          .slice(i, i + META_BATCH)
          .map((meta) => slim({ ...meta, categoryName: categoryName(meta.categoryId) }));
        worker.postMessage({ type: 'metas', metas: batch } satisfies ToWorker);
        await nextTurn();
      }
      if (!settled) worker.postMessage({ type: 'end' } satisfies ToWorker);
    })();
  });
}
