/**
 * `npm run bench -- library [--count=100000]`: the library and reader in Chromium through the host.
 *
 * 1. Start → first page of the list drawn, on the synthetic archive (100,000 articles) and, as
 *    the baseline in the same run, on a 1,000-article one; `--runs=N` starts of each, alternating
 *    (3 by default), medians reported. The host is the BUILT bundle (built here first, as
 *    electron-vite builds the app's main process: bench/library/built-host.ts) started with
 *    `node` in its own process, because the app runs built JavaScript: transpiling TypeScript
 *    (tsx) is not part of a user's start. The tab is made and the page loads while the host opens
 *    the archive (as the desktop window does); hostStartMs is process start → archive and
 *    services open, afterHostOpenMs what the page still needed after that (negative when the
 *    first page was drawn from the catalogue head before the archive had finished opening). `firstPageTsx` is the
 *    figure as measured before (host inside this tsx process), kept for comparison.
 * 2. List rows in the DOM while scrolling through the whole list (must stay bounded).
 * 3. A font-size change (A+) on a 10,000-word article: the time until style and layout are done,
 *    against one frame (16.7 ms) and against the same change on a 1,000-word article.
 * `--start-only` measures 1 alone. Results go to bench/results/library.json.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedArchive } from './generator/generate-archive';
import { copyArchive, longArticleArchive } from './library/archives';
import { buildHost } from './library/built-host';
import { firstPaint, firstPaintInProcess, fontChange, scrollRows } from './library/measure';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.resolve(here, '../out/renderer');
const SEED = 42;

/** `--count=10000` (bench/run.ts would take a separate "10000" for a benchmark name). */
function option(args: string[], name: string, fallback: number): number {
  const value = args.find((arg) => arg.startsWith(`${name}=`));
  return value ? Number(value.slice(name.length + 1)) : fallback;
}

const round = (n: number) => Math.round(n * 10) / 10;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Start = { totalMs: number; hostMs: number; afterHostMs: number };

/** Medians of each figure, and the ratio of the medians to the baseline's. */
function summary(big: Start[], small: Start[]) {
  const total = median(big.map((s) => s.totalMs));
  const baseline = median(small.map((s) => s.totalMs));
  return {
    ms: round(total),
    hostStartMs: round(median(big.map((s) => s.hostMs))),
    afterHostOpenMs: round(median(big.map((s) => s.afterHostMs))),
    baseline1000Ms: round(baseline),
    ratioToBaseline: Math.round((total / baseline) * 100) / 100,
    runsMs: big.map((s) => round(s.totalMs)),
    baselineRunsMs: small.map((s) => round(s.totalMs)),
  };
}

export async function run(args: string[]): Promise<void> {
  if (!existsSync(path.join(rendererDir, 'index.html')))
    throw new Error('Build the renderer first: npm run build:renderer');
  const count = option(args, '--count', 100_000);
  const runs = option(args, '--runs', 3);
  console.log('… building the host (out/bench-host)');
  const hostEntry = await buildHost();
  console.log(
    `… synthetic archives of ${count} and 1,000 articles (cached under the OS temp folder)`,
  );
  const big = await copyArchive(await cachedArchive(count, SEED));
  const small = await copyArchive(await cachedArchive(1000, SEED));
  try {
    const starts = { big: [] as Start[], small: [] as Start[] };
    const tsxStarts = { big: [] as Start[], small: [] as Start[] };
    for (let i = 0; i < runs; i++) {
      starts.small.push(await firstPaint(small.dir, rendererDir, hostEntry));
      starts.big.push(await firstPaint(big.dir, rendererDir, hostEntry));
      tsxStarts.small.push(await firstPaintInProcess(small.dir, rendererDir));
      tsxStarts.big.push(await firstPaintInProcess(big.dir, rendererDir));
    }
    const startOnly = args.includes('--start-only');
    const summaries = {
      firstPage: summary(starts.big, starts.small),
      firstPageTsx: summary(tsxStarts.big, tsxStarts.small),
    };
    if (startOnly) {
      console.log(JSON.stringify({ count, ...summaries }, null, 2));
      return;
    }
    const rows = await scrollRows(big.dir, rendererDir);
    const long = await longArticleArchive([10_000, 1_000]);
    let font;
    try {
      font = await fontChange(long.dir, rendererDir, long.titles);
    } finally {
      await long.remove();
    }
    const results = {
      count,
      ...summaries,
      scrolling: {
        totalRows: rows.total,
        maxRowsInDom: rows.maxRows,
        samples: rows.samples,
        bounded: rows.maxRows < 100,
      },
      fontSizeChange: {
        words10000: {
          medianMs: round(font[0]!.medianMs),
          maxMs: round(font[0]!.maxMs),
          styleLayoutMedianMs: round(font[0]!.layoutMedianMs),
        },
        words1000: {
          medianMs: round(font[1]!.medianMs),
          maxMs: round(font[1]!.maxMs),
          styleLayoutMedianMs: round(font[1]!.layoutMedianMs),
        },
        frameMs: 16.7,
        ratioToFrame: round(font[0]!.medianMs / 16.7),
        ratioTo1000Words: round(font[0]!.medianMs / font[1]!.medianMs),
      },
    };
    console.log(JSON.stringify(results, null, 2));
    await mkdir(path.join(here, 'results'), { recursive: true });
    await writeFile(path.join(here, 'results', 'library.json'), JSON.stringify(results, null, 2));
  } finally {
    await big.remove();
    await small.remove();
  }
}
