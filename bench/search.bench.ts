/**
 * `npm run bench -- search [--count=100000] [--queries=500] [--grep-samples=5]`: search over the synthetic archive.
 *
 * Build (in this process), then load, RSS and query latency in a fresh child process (so RSS
 * is what the app holds with the archive and the index open, not the build's leftovers), then
 * the baseline a user has without the index: `grep -rliF` over the same body files, in the
 * same run. Figures are printed as ratios to that baseline and written to bench/results/search.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Archive } from '../main/services/archive';
import { EventBus } from '../main/services/event-bus';
import { JobRunner } from '../main/services/jobs';
import { saveIndex } from '../main/services/search/index-files';
import { buildIndex } from '../main/services/search/index-sync';
import { matchTerms } from '../main/services/search/query-engine';
import { comparator, selectTop } from '../main/services/search/rank';
import type { SearchIndex } from '../main/services/search/search-index';
import { SearchService } from '../main/services/search/search-service';
import { TextStore } from '../main/services/search/text-store';
import { parseQuery } from '../shared/text/search-query';
import { foldVietnamese } from '../shared/text/vietnamese';
import { cachedArchive } from './generator/generate-archive';
import { runFlexSearch } from './search-flexsearch';
import { grepBaseline, makeQueries } from './search-inputs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = 42;

type QueryStats = {
  n: number;
  p50: number;
  p95: number;
  max: number;
  cpuP50: number;
  cpuP95: number;
  slowest: string[];
};
type ChildReport = {
  loadMs: number;
  readyMs: number;
  rssArchiveMb: number;
  rssMb: number;
  words: QueryStats;
  phrases: QueryStats;
  /** Matching and ranking one page of ids, no snippets: what FlexSearch is compared with. */
  matchOnly: { p50: number; p95: number };
  totals: number[];
};

/** `--count=10000` (bench/run.ts would take a separate value for a benchmark name). */
function option(args: string[], name: string, fallback: number): number {
  const found = args.find((arg) => arg.startsWith(`${name}=`));
  return found ? Number(found.slice(name.length + 1)) : fallback;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const mb = (bytes: number) => Math.round(bytes / 1e6);
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function folderSize(dir: string, only: (name: string) => boolean): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir))
    if (only(name)) total += (await stat(path.join(dir, name))).size;
  return total;
}

const isTextStore = (name: string) => name.startsWith('texts.');

/** Bytes of the archive's own files (catalogue, journals, bodies, media), without index and backups. */
function archiveBytes(dir: string): number {
  const du = spawnSync('du', ['-sb', '--exclude=index', '--exclude=backups', dir], {
    encoding: 'utf8',
  });
  return Number(du.stdout.split('\t')[0]);
}

/** Match + rank the first page of ids, no snippets: the part FlexSearch also does. */
function timeMatching(index: SearchIndex, queries: string[]): { p50: number; p95: number } {
  const times: number[] = [];
  for (const query of queries) {
    const t0 = performance.now();
    const matches = matchTerms(index, parseQuery(query));
    selectTop(matches.docs, 20, comparator('relevance', matches, index.docs.dates));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

async function timeQueries(
  search: SearchService,
  queries: string[],
): Promise<{ stats: QueryStats; totals: number[] }> {
  for (const query of queries.slice(0, 20)) await search.query({ query });
  const wall: number[] = [];
  const cpu: number[] = [];
  const totals: number[] = [];
  const byQuery: [string, number][] = [];
  for (const query of queries) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await search.query({ query });
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    byQuery.push([query, round(cpu.at(-1)!)]);
    totals.push(result.total);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const slowest = byQuery
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([q, ms]) => `${JSON.stringify(q)} ${ms} ms cpu`);
  const stats = {
    n: wall.length,
    p50: round(percentile(wall, 50)),
    p95: round(percentile(wall, 95)),
    max: round(wall.at(-1) ?? 0),
    cpuP50: round(percentile(cpu, 50)),
    cpuP95: round(percentile(cpu, 95)),
    slowest,
  };
  return { stats, totals };
}

/** Child process: open the archive, load the persisted index, measure RSS and queries. */
async function child(archiveDir: string, indexDir: string, queriesFile: string): Promise<void> {
  const { words, phrases } = JSON.parse(
    await import('node:fs/promises').then((fs) => fs.readFile(queriesFile, 'utf8')),
  ) as { words: string[]; phrases: string[] };
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const archive = await Archive.open(archiveDir, { readOnly: true });
  gc();
  const rssArchiveMb = mb(process.memoryUsage().rss);
  const t0 = performance.now();
  const search = SearchService.open({
    source: archive,
    indexDir,
    jobs: new JobRunner(new EventBus()),
  });
  await search.whenIdle();
  const readyMs = performance.now() - t0;
  if (
    search.status().state !== 'ready' ||
    search.status().documents !== archive.listArticles().length
  )
    throw new Error(`index not loaded: ${JSON.stringify(search.status())}`);
  const { loadIndex } = await import('../main/services/search/index-files');
  const t1 = performance.now();
  const loaded = await loadIndex(indexDir);
  const loadMs = performance.now() - t1;
  if (loaded.kind !== 'ok') throw new Error(`index not loadable: ${loaded.kind}`);
  gc();
  const rssMb = mb(process.memoryUsage().rss);
  const wordRun = await timeQueries(search, words);
  const phraseRun = await timeQueries(search, phrases);
  const matchOnly = timeMatching(loaded.index, words);
  const report: ChildReport = {
    loadMs: round(loadMs),
    readyMs: round(readyMs),
    rssArchiveMb,
    rssMb,
    words: wordRun.stats,
    phrases: phraseRun.stats,
    matchOnly,
    totals: wordRun.totals,
  };
  process.stdout.write(`\n@@REPORT ${JSON.stringify(report)}\n`);
  await search.close();
  await archive.close();
}

function runChild(args: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const file = fileURLToPath(import.meta.url);
    const proc = spawn(
      process.execPath,
      ['--expose-gc', ...process.execArgv, file, '--search-bench-child', ...args],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('@@REPORT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice('@@REPORT '.length)) as ChildReport);
      else reject(new Error(`search bench child failed (${code}): ${out.slice(-2000)}`));
    });
  });
}

export async function run(args: string[]): Promise<void> {
  const count = option(args, '--count', 100_000);
  const queryCount = option(args, '--queries', 500);
  console.log(`archive: ${count} synthetic articles (seed ${SEED})`);
  const archiveDir = await cachedArchive(count, SEED);
  const work = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-search-bench-'));
  const indexDir = path.join(work, 'index');
  try {
    const archive = await Archive.open(archiveDir, { readOnly: true });
    const words = await makeQueries(archive, queryCount);
    const phrases = (await makeQueries(archive, 60))
      .filter((q) => q.trim().includes(' '))
      .map((q) => `"${q.trim()}"`);
    const names = new Map(archive.listCategories().map((c) => [c.id, c.name]));
    const t0 = performance.now();
    const store = await TextStore.open(indexDir);
    const categoryName = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    const index = await buildIndex(archive, categoryName, {}, (m, b) => store.put(m, b));
    await store.close();
    const buildMs = performance.now() - t0;
    const manifest = await saveIndex(indexDir, index);
    const sizeMb = mb(await folderSize(indexDir, (name) => !isTextStore(name)));
    const textStoreMb = mb(await folderSize(indexDir, isTextStore));
    await archive.close();
    console.log(
      `build: ${round(buildMs / 1000, 1)} s, ${manifest.terms} words, ${manifest.postings} postings, ${sizeMb} MB on disk`,
    );

    const queriesFile = path.join(work, 'queries.json');
    await writeFile(queriesFile, JSON.stringify({ words, phrases }));
    const child = await runChild([archiveDir, indexDir, queriesFile]);
    const flex = await runFlexSearch(archiveDir, indexDir, queriesFile);
    const grepQueries = words
      .filter((q) => q.trim() !== foldVietnamese(q.trim()))
      .slice(0, option(args, '--grep-samples', 5));
    const grep = await grepBaseline(archiveDir, grepQueries);

    const results = {
      count,
      // Other work shares this machine's cores; wall-clock figures include waiting for a core, CPU figures do not.
      loadAverage: os.loadavg().map((n) => round(n, 1)),
      build: {
        ms: Math.round(buildMs),
        terms: manifest.terms,
        postings: manifest.postings,
        sizeOnDiskMb: sizeMb,
        textStoreMb,
        archiveMb: mb(archiveBytes(archiveDir)),
        indexAndTextsOverArchive: round(
          (sizeMb + textStoreMb) / Math.max(1, mb(archiveBytes(archiveDir))),
        ),
        note: 'build time includes reading every body file and writing the text store',
      },
      load: { indexLoadMs: child.loadMs, readyMs: child.readyMs, target: '≤ 1000 ms' },
      rss: {
        archiveOnlyMb: child.rssArchiveMb,
        archiveAndIndexMb: child.rssMb,
        target: '≤ 500 MB',
      },
      queries: {
        ...child.words,
        target: 'p95 ≤ 10 ms',
        meanTotal: Math.round(child.totals.reduce((a, b) => a + b, 0) / child.totals.length),
      },
      phraseQueries: { ...child.phrases, target: 'p95 ≤ 100 ms' },
      sideBySide: {
        note: 'same folded text and word queries; ids of the first page only (no snippets, no mark ranking)',
        handWritten: { ...child.matchOnly, loadMs: child.loadMs, sizeOnDiskMb: sizeMb },
        flexsearch: flex,
        ratios:
          'p95' in flex
            ? {
                flexP50OverOurs: round(flex.p50 / Math.max(0.01, child.matchOnly.p50)),
                flexP95OverOurs: round(flex.p95 / Math.max(0.01, child.matchOnly.p95)),
                flexLoadOverOurs: round(flex.loadMs / Math.max(0.01, child.loadMs)),
              }
            : null,
      },
      grep: { ...grep, queries: grepQueries },
      ratios: {
        grepOverP50: round(grep.medianMs / Math.max(0.01, child.words.p50), 0),
        grepOverP95: round(grep.medianMs / Math.max(0.01, child.words.p95), 0),
        grepOverCpuP95: round(grep.medianMs / Math.max(0.01, child.words.cpuP95), 0),
        target: '≥ 100× faster than grep',
      },
    };
    console.log(JSON.stringify(results, null, 2));
    await mkdir(path.join(here, 'results'), { recursive: true });
    await writeFile(path.join(here, 'results', 'search.json'), JSON.stringify(results, null, 2));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (
  process.argv.includes('--search-bench-child') &&
  import.meta.url === pathToFileURL(process.argv[1] ?? '').href
) {
  const [archiveDir, indexDir, queriesFile] = process.argv.slice(
    process.argv.indexOf('--search-bench-child') + 1,
  );
  await child(archiveDir!, indexDir!, queriesFile!);
}
