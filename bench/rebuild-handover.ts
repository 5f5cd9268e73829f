/**
 * Part of `npm run bench -- rebuild-adopt`: the main thread's garbage collection when the
 * rebuilt index's postings arrive from a worker while the old index still answers. A worker
 * makes arrays of the index's sizes and posts them either transferred (ArrayBuffers: V8 counts
 * them as this thread's external memory) or in shared memory (not counted); this thread then
 * adopts them as the rebuild does (unpackIndex) with the old index alive, and the collector's
 * pauses and the longest event-loop block over that second are recorded. Same run, alternated.
 */
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { PackedArrays } from '../main/services/search/postings';
import { packIndex, unpackIndex } from '../main/services/search/rebuild-transfer';
import type { SearchIndex } from '../main/services/search/search-index';

type Mode = 'transferred' | 'shared';
export type Handover = {
  longestBlockMs: number;
  gcMaxMs: number;
  gcTotalMs: number;
  majors: number;
};

const round = (n: number) => Math.round(n * 10) / 10;

/** The worker's side: arrays of the given byte lengths, filled, posted the way `mode` says. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { lengths, shared } = workerData;
const out = {};
for (const [name, bytes] of Object.entries(lengths)) {
  const array = new Uint8Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  for (let i = 0; i < bytes; i += 4096) array[i] = i & 255;
  out[name] = array;
}
parentPort.postMessage(out, shared ? [] : Object.values(out).map((a) => a.buffer));
`;

function receive(arrays: PackedArrays, mode: Mode): Promise<Record<string, Uint8Array>> {
  const lengths = Object.fromEntries(
    Object.entries(arrays).map(([name, array]) => [name, array?.byteLength ?? 0]),
  );
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { lengths, shared: mode === 'shared' },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (message: Record<string, Uint8Array>) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

async function once(old: SearchIndex, mode: Mode): Promise<Handover> {
  const gcs: { ms: number; kind: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      gcs.push({
        ms: entry.duration,
        kind: (entry as { detail?: { kind?: number } }).detail?.kind ?? 0,
      });
  });
  let done = false;
  let longest = 0;
  const ticker = (async () => {
    let last = performance.now();
    while (!done) {
      await nextTurn();
      longest = Math.max(longest, performance.now() - last);
      last = performance.now();
    }
  })();
  const packed = packIndex(old);
  observer.observe({ entryTypes: ['gc'] });
  const arrived = await receive(packed.arrays, mode);
  // The new index beside the old one, as at the swap; the received bytes stand for its postings.
  const index = await unpackIndex(packed);
  await sleep(1000);
  done = true;
  await ticker;
  observer.disconnect();
  void [arrived, index];
  return {
    longestBlockMs: round(longest),
    gcMaxMs: round(Math.max(0, ...gcs.map((gc) => gc.ms))),
    gcTotalMs: round(gcs.reduce((sum, gc) => sum + gc.ms, 0)),
    majors: gcs.filter((gc) => gc.kind === constants.NODE_PERFORMANCE_GC_MAJOR).length,
  };
}

/** `runs` hand-overs of each kind, alternated; each after a full collection (when exposed) so they start alike. */
export async function handovers(old: SearchIndex, runs: number): Promise<Record<Mode, Handover[]>> {
  const out: Record<Mode, Handover[]> = { transferred: [], shared: [] };
  for (let r = 0; r < runs; r++)
    for (const mode of ['transferred', 'shared'] as const) {
      (globalThis as { gc?: () => void }).gc?.();
      await sleep(200);
      out[mode].push(await once(old, mode));
    }
  return out;
}
