/**
 * The rebuild worker (a worker thread): reads every article's body file, builds and packs the
 * index, fills a fresh text store and saves the index files, then hands the packed index back
 * as transferred buffers. Reading and parsing 100,000 JSON bodies, folding and packing take
 * minutes of CPU; here they never hold the main thread, which keeps answering from the old index.
 * Metadata comes from the main thread in batches (the catalogue lives there); cancelling is the
 * main thread terminating this worker.
 */
import { rm } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleBody } from '../../../shared/model';
import { BodyStore } from '../archive/body-store';
import { nodeFs } from '../fs/fs-like';
import { compact } from './compact';
import { saveIndex } from './index-files';
import {
  packIndex,
  sharedArrays,
  transferListOf,
  type FromWorker,
  type RebuildMeta,
  type RebuildStart,
  type ToWorker,
} from './rebuild-transfer';
import { SearchIndex } from './search-index';
import { TextStore } from './text-store';

/** Body files read at once: overlaps disk waits without holding many bodies in memory. */
const READ_BATCH = 16;
const PROGRESS_EVERY_MS = 100;

const port = parentPort!;
const start = workerData as RebuildStart;
const post = (message: FromWorker, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

/** Metadata batches as the main thread sends them; resolves null after the last one. */
function batches(): () => Promise<RebuildMeta[] | null> {
  const queued: (RebuildMeta[] | null)[] = [];
  let waiting: ((batch: RebuildMeta[] | null) => void) | null = null;
  port.on('message', (message: ToWorker) => {
    const batch = message.type === 'metas' ? message.metas : null;
    if (waiting) {
      waiting(batch);
      waiting = null;
    } else queued.push(batch);
  });
  return () =>
    queued.length > 0
      ? Promise.resolve(queued.shift()!)
      : new Promise((resolve) => (waiting = resolve));
}

async function build(): Promise<void> {
  const next = batches();
  const bodies = new BodyStore(start.archiveDir, nodeFs);
  await rm(start.textsDir, { recursive: true, force: true });
  const texts = await TextStore.open(start.textsDir, true);
  // Marks it changed, so its table is written even when the archive is empty.
  await texts.reset();
  const index = SearchIndex.empty();
  const unreadable: string[] = [];
  const missing: string[] = [];
  let done = 0;
  let lastProgress = 0;
  post({ type: 'phase', name: 'read', step: 1, steps: 3 });
  for (let metas = await next(); metas; metas = await next()) {
    for (let i = 0; i < metas.length; i += READ_BATCH) {
      const batch = metas.slice(i, i + READ_BATCH);
      const read = await Promise.all(batch.map((meta) => bodies.read(meta.id)));
      const kept: Promise<void>[] = [];
      batch.forEach((meta, k) => {
        const result = read[k]!;
        // A body that cannot be read is left out rather than indexed empty: the archive lists
        // it among its problems, and the next sync tries it again once it is repaired.
        if (result.kind === 'bad') return void unreadable.push(meta.id);
        if (result.kind === 'missing') missing.push(meta.id);
        const body: ArticleBody | null = result.kind === 'ok' ? result.body : null;
        index.add(meta, body, meta.categoryName);
        kept.push(texts.put(meta, body));
      });
      await Promise.all(kept);
      done += batch.length;
      if (performance.now() - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = performance.now();
        post({ type: 'progress', done, total: start.total });
      }
    }
  }
  post({ type: 'progress', done, total: start.total });
  post({ type: 'phase', name: 'pack', step: 2, steps: 3 });
  const packed = await compact(index, undefined, (n, total) =>
    post({ type: 'progress', done: n, total }),
  );
  post({ type: 'phase', name: 'save', step: 3, steps: 3 });
  await saveIndex(start.indexDir, packed);
  await texts.close();
  const packedIndex = { ...packIndex(packed), arrays: sharedArrays(packed.base.arrays) };
  const packedTexts = texts.exportEntries();
  post(
    { type: 'done', index: packedIndex, texts: packedTexts, unreadable, missing },
    transferListOf(packedIndex, packedTexts),
  );
}

// An error thrown here reaches the main thread as the worker's 'error' event.
await build();
