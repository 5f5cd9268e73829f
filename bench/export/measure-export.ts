/**
 * One export measured in its own process (so one size's garbage never counts against the
 * other's): `node --expose-gc --import tsx bench/export/measure-export.ts <archive> <zip>`.
 * Prints one JSON line: RSS before, the peak sampled every 5 ms while the zip is written,
 * the time, and the zip's size.
 */
import { rm } from 'node:fs/promises';
import { Archive } from '../../main/services/archive';
import { exportSelection } from '../../main/services/archive/export-selection';

const [archiveDir, zipPath] = process.argv.slice(2) as [string, string];
const archive = await Archive.open(archiveDir, { readOnly: true });
const ids = archive.listArticles().map((meta) => meta.id);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
gc?.();
const before = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
let peak = before;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const start = performance.now();
const result = await exportSelection(archive, ids, zipPath, { overwrite: true });
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
  }),
);
