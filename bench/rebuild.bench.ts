/**
 * `npm run bench -- rebuild [--count=100000] [--idle-seconds=10] [--every=20]`: how fast the app
 * answers while the search index is rebuilt.
 *
 * Over the synthetic archive, with its index already built (cached beside the archive, copied
 * per run), it calls `articles.list` and `search.query` every `--every` ms through the IPC
 * wrapper (invokeChannel over the handler table, as Electron and the host do), first with
 * nothing else running (the baseline), then while a full rebuild runs. An answer's time counts
 * from when the call was due, so a blocked event loop shows up even before the handler starts.
 * Written to bench/results/rebuild.json.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PerformanceObserver,
  constants as perfConstants,
  monitorEventLoopDelay,
  performance as perf,
} from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { JobProgress } from '../shared/jobs';
import { Archive } from '../main/services/archive';
import { EventBus } from '../main/services/event-bus';
import { JobRunner } from '../main/services/jobs';
import { SearchService } from '../main/services/search/search-service';
import { formatKey } from './search/index-cache';
import { createArchiveHandlers } from '../main/ipc/archive-handlers';
import { createSearchHandlers } from '../main/ipc/search-handlers';
import type { HandlerDeps, HandlerTable } from '../main/ipc/handler-table';
import { invokeChannel } from '../main/ipc/invoke';
import { cachedArchive } from './generator/generate-archive';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = 42;
/** What a user types and looks for: whole words, a word being typed, unmarked text, a phrase. */
/** The end of a rebuild, reported on its own: where the new index crosses to the main thread. */
const SWAP_WINDOW_S = 3;
const QUERIES = ['ủy ban', 'hanh chinh', 'kinh t', '"nông thôn mới"', 'cai cach', 'giáo dục'];

function option(args: string[], name: string, fallback: number): number {
  const found = args.find((arg) => arg.startsWith(`${name}=`));
  return found ? Number(found.slice(name.length + 1)) : fallback;
}

const round = (n: number) => Math.round(n * 10) / 10;

type Times = {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Answers slower than the 50 ms target. */
  over50: number;
};

function summarize(times: number[]): Times {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted.at(-1) ?? 0),
    over50: sorted.filter((t) => t > 50).length,
  };
}

type Probe = {
  /** The process's largest resident set while probing (the worker's heap included), MB. */
  rssMaxMb: number;
  /**
   * Share of the time the main thread's event loop was busy (0–1): independent of how loaded
   * the machine is, it shows what the rebuild itself costs the thread that answers IPC.
   */
  mainThreadBusy: number;
  /** How late the main thread's event loop ran timers (ms): p99 and worst. */
  loopDelay: { p99: number; max: number };
  list: number[];
  query: number[];
  errors: string[];
  /** The slowest answers: how long, which channel, how many seconds into the probe. */
  slowest: { ms: number; channel: string; atS: number }[];
  /** Each answer's due time (s into the probe), in the order of `list` and `query`. */
  dueS: number[];
  /** The main thread's garbage-collection pauses (ms), and the longest ones with when. */
  gc: { count: number; totalMs: number; longest: { ms: number; kind: string; atS: number }[] };
};

const GC_KINDS: Record<number, string> = {
  [perfConstants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [perfConstants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [perfConstants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak-callbacks',
};

/**
 * Calls both channels every `every` ms until `until` settles. Each answer's time runs from the
 * moment the call was due; a tick whose call is still running is skipped, not queued.
 */
async function probe(table: HandlerTable, every: number, until: Promise<unknown>): Promise<Probe> {
  const out: Probe = {
    rssMaxMb: 0,
    mainThreadBusy: 0,
    loopDelay: { p99: 0, max: 0 },
    list: [],
    query: [],
    errors: [],
    slowest: [],
    dueS: [],
    gc: { count: 0, totalMs: 0, longest: [] },
  };
  const t0 = performance.now();
  const gcs: { ms: number; kind: string; atS: number }[] = [];
  // Only this thread's collections: the worker's heap is collected on its own thread.
  const gcObserver = new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind ?? 0;
      gcs.push({
        ms: round(entry.duration),
        kind: GC_KINDS[kind] ?? String(kind),
        atS: round((entry.startTime - t0) / 1000),
      });
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const elu = perf.eventLoopUtilization();
  let done = false;
  void until.finally(() => (done = true));
  let due = performance.now();
  let k = 0;
  while (!done) {
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const list = invokeChannel(
      table,
      'articles.list',
      { offset: (k * 50) % 5000, limit: 50 },
      () => 'vi',
    );
    const query = invokeChannel(
      table,
      'search.query',
      { query: QUERIES[k % QUERIES.length]! },
      () => 'vi',
    );
    const [l, q] = await Promise.all([
      list.then((r) => [r, performance.now()] as const),
      query.then((r) => [r, performance.now()] as const),
    ]);
    out.list.push(l[1] - due);
    out.query.push(q[1] - due);
    const atS = round((due - t0) / 1000);
    out.dueS.push((due - t0) / 1000);
    out.slowest.push({ ms: round(l[1] - due), channel: 'list', atS });
    out.slowest.push({ ms: round(q[1] - due), channel: 'query', atS });
    out.slowest = out.slowest.sort((a, b) => b.ms - a.ms).slice(0, 8);
    for (const [r] of [l, q]) if (!r.ok) out.errors.push(`${r.error.code} ${r.error.detail ?? ''}`);
    out.rssMaxMb = Math.max(out.rssMaxMb, Math.round(process.memoryUsage().rss / 1e6));
    k++;
    due += every;
    // Behind schedule (a call took longer than a tick): the next call is due now, not in the past.
    if (due < performance.now()) due = performance.now();
  }
  delay.disable();
  gcObserver.disconnect();
  out.gc = {
    count: gcs.length,
    totalMs: round(gcs.reduce((sum, gc) => sum + gc.ms, 0)),
    longest: gcs.sort((a, b) => b.ms - a.ms).slice(0, 6),
  };
  out.mainThreadBusy = Math.round(perf.eventLoopUtilization(elu).utilization * 100) / 100;
  out.loopDelay = { p99: round(delay.percentile(99) / 1e6), max: round(delay.max / 1e6) };
  return out;
}

/** The archive's index, built once per archive (generator version, count, seed) and copied per run (a 100k build takes minutes). */
export async function cachedIndex(archive: Archive, archiveDir: string): Promise<string> {
  // Keyed by the format: an index or text store written by older code is built again.
  const dir = path.join(
    os.tmpdir(),
    'kho-tin-bench',
    `index-rebuild-${path.basename(archiveDir)}-${await formatKey()}`,
  );
  const marker = path.join(dir, '.complete');
  const ok = await readFile(marker, 'utf8').then(
    () => true,
    () => false,
  );
  if (ok) return dir;
  await rm(dir, { recursive: true, force: true });
  const jobs = new JobRunner(new EventBus());
  const t0 = performance.now();
  const search = SearchService.open({ source: archive, indexDir: dir, jobs });
  await search.whenIdle();
  await search.close();
  console.log(`first build of the cached index: ${Math.round((performance.now() - t0) / 1000)} s`);
  await writeFile(marker, new Date().toISOString());
  return dir;
}

export async function run(args: string[]): Promise<void> {
  const count = option(args, '--count', 100_000);
  const idleSeconds = option(args, '--idle-seconds', 10);
  const every = option(args, '--every', 20);
  const archiveDir = await cachedArchive(count, SEED);
  const archive = await Archive.open(archiveDir, { readOnly: true });
  const cached = await cachedIndex(archive, archiveDir);
  const work = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-rebuild-'));
  const indexDir = path.join(work, 'index');
  await cp(cached, indexDir, { recursive: true });
  const events = new EventBus();
  const jobs = new JobRunner(events);
  const search = SearchService.open({ source: archive, indexDir, jobs });
  await search.whenIdle();
  if (search.status().state !== 'ready') throw new Error('cached index did not load');
  // The start-up gate is open: the index is loaded before the probes start.
  const startup = { open: () => undefined };
  const deps = { archive, search, startup } as unknown as HandlerDeps;
  const table = { ...createArchiveHandlers(deps), ...createSearchHandlers(deps) } as HandlerTable;

  const idle = await probe(table, every, sleep(idleSeconds * 1000));
  const phases: { name: string; atS: number }[] = [];
  const t0 = performance.now();
  const off = events.on('job.progress', (p: JobProgress) => {
    if (p.phase && phases.at(-1)?.name !== p.phase.name)
      phases.push({ name: p.phase.name, atS: round((performance.now() - t0) / 1000) });
  });
  const { jobId } = search.reindex();
  const during = await probe(table, every, search.whenIdle());
  const rebuildS = round((performance.now() - t0) / 1000);
  off();
  if (search.status().state !== 'ready' || search.status().documents !== count)
    throw new Error(`rebuild did not finish: ${JSON.stringify(search.status())}`);

  const result = {
    count,
    every,
    rebuildS,
    jobId,
    phases,
    baseline: { list: summarize(idle.list), query: summarize(idle.query) },
    duringRebuild: { list: summarize(during.list), query: summarize(during.query) },
    loopDelay: { baseline: idle.loopDelay, duringRebuild: during.loopDelay },
    mainThreadBusy: { baseline: idle.mainThreadBusy, duringRebuild: during.mainThreadBusy },
    rssMaxMb: { baseline: idle.rssMaxMb, duringRebuild: during.rssMaxMb },
    /** The end of the rebuild: the worker's save, the transfer and the adoption on this thread. */
    lastSeconds: {
      seconds: SWAP_WINDOW_S,
      list: summarize(during.list.filter((_, k) => during.dueS[k]! >= rebuildS - SWAP_WINDOW_S)),
      query: summarize(during.query.filter((_, k) => during.dueS[k]! >= rebuildS - SWAP_WINDOW_S)),
    },
    gc: { baseline: idle.gc, duringRebuild: during.gc },
    errorsDuring: [...new Set(during.errors)],
    slowestDuring: during.slowest,
    slowestBaseline: idle.slowest,
    ratios: {
      listP95: round(summarize(during.list).p95 / Math.max(0.1, summarize(idle.list).p95)),
      queryP95: round(summarize(during.query).p95 / Math.max(0.1, summarize(idle.query).p95)),
    },
  };
  console.log(JSON.stringify(result, null, 2));
  const line = (name: string, t: Times) =>
    `${name.padEnd(28)} n ${String(t.n).padStart(5)}  p50 ${t.p50}  p95 ${t.p95}  p99 ${t.p99}  ` +
    `max ${t.max}  >50ms ${t.over50}`;
  console.log(
    [
      `\nrebuild of ${count} articles: ${rebuildS} s (answer times in ms, from when each call was due)`,
      line('list, no rebuild', result.baseline.list),
      line('list, during rebuild', result.duringRebuild.list),
      line(`list, last ${SWAP_WINDOW_S} s (swap)`, result.lastSeconds.list),
      line('query, no rebuild', result.baseline.query),
      line('query, during rebuild', result.duringRebuild.query),
      line(`query, last ${SWAP_WINDOW_S} s (swap)`, result.lastSeconds.query),
      `main-thread GC: no rebuild ${idle.gc.count} pauses, longest ${idle.gc.longest[0]?.ms ?? 0} ms; ` +
        `during ${during.gc.count}, longest ${during.gc.longest[0]?.ms ?? 0} ms`,
    ].join('\n'),
  );
  await mkdir(path.join(here, 'results'), { recursive: true });
  await writeFile(path.join(here, 'results', 'rebuild.json'), JSON.stringify(result, null, 2));
  await search.close();
  await archive.close();
  await rm(work, { recursive: true, force: true });
}
