/**
 * `npm run bench -- export [--sizes=500,5000] [--samples=2] [--image-kb=40] [--reference] [--no-live]
 *   [--old-space-mb=48]`
 *
 * The library's "Xuất" of a whole synthetic archive whose articles each carry a photo
 * (bench/generator/archive-with-images.ts, cached in the temp folder; one archive of the largest
 * size, each size exporting its first N articles). Each export runs in its
 * own process (bench/export/measure-export.ts), sizes interleaved, and reports the peak RSS
 * growth while the zip is written, the peaks of V8's heap and of Buffers, the heap kept after a
 * GC, and throughput; then one more run per size with a full GC every tenth of the export, to
 * show what stays live per article (garbage waiting for the collector excluded). Bounded memory
 * means the largest size's RSS growth stays about that of the smallest (ratio ≈ 1), where a zip
 * built in memory grows with the selection (ratio ≈ its size ratio; `--reference` measures that
 * old way too). Writes bench/results/export.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempFolder } from '../test-support/temp-folder';
import { cachedArchiveWithImages } from './generator/archive-with-images';

const here = path.dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;

type Sample = {
  articles: number;
  images: number;
  bytes: number;
  ms: number;
  before: number;
  peak: number;
  heapBefore: number;
  heapAfter: number;
  peakHeap: number;
  peakExternal: number;
  checkpoints: { done: number; heapMb: number; externalMb: number }[];
};

function option(args: string[], name: string, fallback: string): string {
  return args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
}

/** `--old-space-mb=N`: every export under V8's --max-old-space-size=N (bounded memory must still finish). */
let nodeFlags: string[] = [];

function measure(
  archiveDir: string,
  zipPath: string,
  count: number,
  script = 'measure-export.ts',
  gcEvery = 0,
): Sample {
  const run = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      ...nodeFlags,
      '--import',
      'tsx',
      path.join(here, 'export', script),
      archiveDir,
      zipPath,
      String(gcEvery),
      String(count),
    ],
    { cwd: path.resolve(here, '..'), encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Sample;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(args: string[]): Promise<void> {
  const sizes = option(args, 'sizes', '500,5000').split(',').map(Number);
  const samples = Number(option(args, 'samples', '2'));
  const oldSpace = option(args, 'old-space-mb', '');
  nodeFlags = oldSpace ? [`--max-old-space-size=${oldSpace}`] : [];
  const imageBytes = Number(option(args, 'image-kb', '40')) * 1000;
  // One archive for every size, the selection being its first N articles: V8 lets garbage
  // pile up in proportion to the live heap, so archives of different sizes would measure the
  // archive's catalogue as much as the export.
  const largest = Math.max(...sizes);
  const archive = await cachedArchiveWithImages(largest, { seed: 7, imagesPer: 1, imageBytes });
  const out = await makeTempFolder('kho-tin-bench-export-');
  const runs = new Map<number, Sample[]>(sizes.map((size) => [size, []]));
  // What stays live (after a full GC every tenth of the export), apart from garbage in wait.
  const lives = new Map<number, Sample>();
  try {
    for (let i = 0; i < samples; i++)
      for (const size of sizes)
        runs.get(size)!.push(measure(archive, path.join(out.dir, `${size}.zip`), size));
    if (!args.includes('--no-live'))
      for (const size of sizes) {
        const zip = path.join(out.dir, `${size}-live.zip`);
        lives.set(size, measure(archive, zip, size, 'measure-export.ts', size / 10));
      }
  } finally {
    await out.remove();
  }
  const rows = sizes.map((size) => {
    const list = runs.get(size)!;
    const growthMb = median(list.map((s) => (s.peak - s.before) / MB));
    const seconds = median(list.map((s) => s.ms / 1000));
    const zipMb = list[0]!.bytes / MB;
    return {
      size,
      images: list[0]!.images,
      zipMb,
      seconds,
      articlesPerSecond: size / seconds,
      mbPerSecond: zipMb / seconds,
      rssGrowthMb: growthMb,
      rssGrowthSamplesMb: list.map((s) => (s.peak - s.before) / MB),
      heapKeptMb: median(list.map((s) => (s.heapAfter - s.heapBefore) / MB)),
      peakHeapGrowthMb: median(list.map((s) => (s.peakHeap - s.heapBefore) / MB)),
      peakExternalMb: median(list.map((s) => s.peakExternal / MB)),
      live: lives.get(size)?.checkpoints.map((c) => ({
        done: c.done,
        heapMb: Number(c.heapMb.toFixed(3)),
        externalMb: Number(c.externalMb.toFixed(3)),
      })),
    };
  });
  const base = rows[0]!;
  for (const row of rows) {
    console.log(
      `${String(row.size).padStart(6)} articles (${row.images} photos, zip ${row.zipMb.toFixed(0)} MB): ` +
        `${row.seconds.toFixed(1)} s, ${row.articlesPerSecond.toFixed(0)} articles/s, ${row.mbPerSecond.toFixed(1)} MB/s; ` +
        `peak RSS growth ${row.rssGrowthMb.toFixed(1)} MB (×${(row.rssGrowthMb / base.rssGrowthMb).toFixed(2)} of ${base.size}; ` +
        `samples ${row.rssGrowthSamplesMb.map((m) => m.toFixed(0)).join(', ')}), peak heap growth ${row.peakHeapGrowthMb.toFixed(1)} MB, ` +
        `peak Buffers ${row.peakExternalMb.toFixed(1)} MB, heap kept after GC ${row.heapKeptMb.toFixed(2)} MB; ` +
        `throughput ×${(row.articlesPerSecond / base.articlesPerSecond).toFixed(2)} of ${base.size}`,
    );
    const first = row.live?.[0];
    const last = row.live?.at(-1);
    if (first && last)
      console.log(
        `${' '.repeat(6)} live after a full GC (heap + Buffers): ${(first.heapMb + first.externalMb).toFixed(2)} MB at ${first.done} articles, ` +
          `${(last.heapMb + last.externalMb).toFixed(2)} MB at ${last.done} ` +
          `(${(((last.heapMb + last.externalMb - first.heapMb - first.externalMb) * MB) / Math.max(1, last.done - first.done)).toFixed(0)} B per article)`,
      );
  }
  // --reference: the zip built in memory and base64'd, as the export worked before (one sample).
  const reference = args.includes('--reference')
    ? sizes.map((size) => {
        const sample = measure(archive, '-', size, 'measure-in-memory.ts');
        return { size, rssGrowthMb: (sample.peak - sample.before) / MB, seconds: sample.ms / 1000 };
      })
    : [];
  for (const row of reference)
    console.log(
      `${String(row.size).padStart(6)} articles, zip in memory + base64 (before): peak RSS growth ${row.rssGrowthMb.toFixed(1)} MB ` +
        `(×${(row.rssGrowthMb / reference[0]!.rssGrowthMb).toFixed(2)} of ${reference[0]!.size}), ${row.seconds.toFixed(1)} s`,
    );
  await mkdir(path.join(here, 'results'), { recursive: true });
  await writeFile(
    path.join(here, 'results', 'export.json'),
    `${JSON.stringify({ sizes, archiveArticles: largest, oldSpaceMb: oldSpace || null, samples, imageBytes, rows, reference }, null, 2)}\n`,
  );
}
