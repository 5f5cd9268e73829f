/**
 * The search benchmark's measuring process: opens the archive and the prepared index the way the
 * app does (SearchService), then measures RSS and the latency of each kind of query. Run in a
 * fresh process so RSS is what the app holds, not what the build left behind.
 */
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Archive } from '../../main/services/archive';
import { EventBus } from '../../main/services/event-bus';
import { JobRunner } from '../../main/services/jobs';
import { matchTerms } from '../../main/services/search/query-engine';
import { comparator, selectTop } from '../../main/services/search/rank';
import type { SearchIndex } from '../../main/services/search/search-index';
import { SearchService } from '../../main/services/search/search-service';
import { parseQuery } from '../../shared/text/search-query';
import { mb, percentile, round, type QuerySets, type QueryStats } from './stats';

export type ChildReport = {
  loadMs: number;
  readyMs: number;
  rssArchiveMb: number;
  rssMb: number;
  /** After every query below ran: caches and scratch arrays filled; read at once after a full GC. */
  rssAfterQueriesMb: number;
  /**
   * The same a second later, nothing running: V8 hands the pages a GC freed back to the system
   * from background tasks, so the figure at once still holds them (the app idles between queries).
   */
  rssAfterQueriesSettledMb: number;
  /**
   * The highest RSS while the queries ran (Linux: the peak is reset once the index is open; null
   * elsewhere). V8 lets its heap grow to about twice what is live before it collects, so a
   * figure read at one moment lands anywhere on that saw-tooth; the peak does not.
   */
  rssPeakDuringQueriesMb: number | null;
  /** Where the memory after the queries is: V8 heap (committed / used), native memory V8 knows of (external: buffers and typed arrays among it). */
  afterQueries: {
    heapTotalMb: number;
    heapUsedMb: number;
    externalMb: number;
    arrayBuffersMb: number;
  };
  words: QueryStats;
  typing: QueryStats;
  phrases: QueryStats;
  /** Matching and ranking one page of ids, no snippets: what FlexSearch is compared with. */
  matchOnly: { p50: number; p95: number };
  totals: number[];
};

/** Starts the peak RSS (VmHWM) afresh (Linux ≥ 4.0); false where that cannot be done. */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

async function peakRssMb(): Promise<number | null> {
  const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? mb(Number(kb) * 1024) : null;
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

/** The library asks for search results 50 rows at a time (renderer/src/features/library/list-pages.ts). */
const PAGE = 50;

async function timeQueries(
  search: SearchService,
  queries: string[],
): Promise<{ stats: QueryStats; totals: number[] }> {
  for (const query of queries.slice(0, 20)) await search.query({ query, limit: PAGE });
  const wall: number[] = [];
  const cpu: number[] = [];
  const totals: number[] = [];
  const byQuery: [string, number][] = [];
  for (const query of queries) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await search.query({ query, limit: PAGE });
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

async function child(archiveDir: string, indexDir: string, queriesFile: string): Promise<void> {
  const sets = JSON.parse(await readFile(queriesFile, 'utf8')) as QuerySets;
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
  const status = search.status();
  if (status.state !== 'ready' || status.documents !== archive.listArticles().length)
    throw new Error(`index not loaded: ${JSON.stringify(status)}`);
  gc();
  const rssMb = mb(process.memoryUsage().rss);
  const peakReset = resetPeakRss();
  const words = await timeQueries(search, sets.words);
  const typing = await timeQueries(search, sets.typing);
  const phrases = await timeQueries(search, sets.phrases);
  gc();
  const after = process.memoryUsage();
  const rssAfterQueriesMb = mb(after.rss);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssAfterQueriesSettledMb = mb(process.memoryUsage().rss);
  const rssPeakDuringQueriesMb = peakReset ? await peakRssMb() : null;
  // A second copy of the index, loaded only after the RSS figures: matching alone, for FlexSearch.
  const { loadIndex } = await import('../../main/services/search/index-files');
  const t1 = performance.now();
  const loaded = await loadIndex(indexDir);
  const loadMs = performance.now() - t1;
  if (loaded.kind !== 'ok') throw new Error(`index not loadable: ${loaded.kind}`);
  const report: ChildReport = {
    loadMs: round(loadMs),
    readyMs: round(readyMs),
    rssArchiveMb,
    rssMb,
    rssAfterQueriesMb,
    rssAfterQueriesSettledMb,
    rssPeakDuringQueriesMb,
    afterQueries: {
      heapTotalMb: mb(after.heapTotal),
      heapUsedMb: mb(after.heapUsed),
      externalMb: mb(after.external),
      arrayBuffersMb: mb(after.arrayBuffers),
    },
    words: words.stats,
    typing: typing.stats,
    phrases: phrases.stats,
    matchOnly: timeMatching(loaded.index, [...sets.words, ...sets.typing]),
    totals: [...words.totals, ...typing.totals],
  };
  process.stdout.write(`\n@@REPORT ${JSON.stringify(report)}\n`);
  await search.close();
  await archive.close();
}

export function runChild(args: string[]): Promise<ChildReport> {
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

if (
  process.argv.includes('--search-bench-child') &&
  import.meta.url === pathToFileURL(process.argv[1] ?? '').href
) {
  const [archiveDir, indexDir, queriesFile] = process.argv.slice(
    process.argv.indexOf('--search-bench-child') + 1,
  );
  await child(archiveDir!, indexDir!, queriesFile!);
}
