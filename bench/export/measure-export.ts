/**
 * One export measured in its own process (so one size's garbage never counts against the
 * other's): `node --expose-gc --import tsx bench/export/measure-export.ts <archive> <zip> [gcEvery] [count]`
 * (count: export the archive's first `count` articles; all when omitted).
 * Prints one JSON line: RSS before, the peak sampled every 5 ms while the zip is written, the
 * peak of V8's heap and of memory outside it (Buffers), the time, and the zip's size.
 * With `gcEvery`, a full GC runs every that many articles and the memory still live after it
 * (heap + Buffers) is recorded: what the export keeps per article, apart from garbage that
 * merely waits for the collector (which sets the peak RSS without gcEvery).
 */
import { rm } from 'node:fs/promises';
import { Archive } from '../../main/services/archive';
import { exportSelection } from '../../main/services/archive/export-selection';

const [archiveDir, zipPath, gcEveryArg, countArg] = process.argv.slice(2) as [
  string,
  string,
  string?,
  string?,
];
const gcEvery = Number(gcEveryArg ?? 0);
const archive = await Archive.open(archiveDir, { readOnly: true });
const all = archive.listArticles().map((meta) => meta.id);
const ids = countArg ? all.slice(0, Number(countArg)) : all;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
gc?.();
const MB = 1024 * 1024;
const before = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
const externalBefore = process.memoryUsage().external;
let peak = before;
let peakHeap = heapBefore;
let peakExternal = process.memoryUsage().external;
const sampler = setInterval(() => {
  const usage = process.memoryUsage();
  peak = Math.max(peak, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
  peakExternal = Math.max(peakExternal, usage.external);
}, 5);
const checkpoints: { done: number; heapMb: number; externalMb: number }[] = [];
const start = performance.now();
const result = await exportSelection(archive, ids, zipPath, {
  overwrite: true,
  onProgress(done) {
    if (gcEvery > 0 && done > 0 && done % gcEvery === 0 && gc) {
      gc();
      gc();
      const usage = process.memoryUsage();
      checkpoints.push({
        done,
        heapMb: (usage.heapUsed - heapBefore) / MB,
        externalMb: (usage.external - externalBefore) / MB,
      });
    }
  },
});
const ms = performance.now() - start;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
gc?.();
gc?.();
const heapAfter = process.memoryUsage().heapUsed;
await archive.close();
await rm(zipPath, { force: true });
console.log(
  JSON.stringify({
    articles: result.articles,
    images: result.images,
    bytes: result.bytes,
    ms,
    before,
    peak,
    heapBefore,
    heapAfter,
    peakHeap,
    peakExternal,
    checkpoints,
  }),
);
