/**
 * `npm run bench -- rebuild-adopt [--count=100000] [--runs=5]`: how long the main thread is held
 * while it takes over an index rebuilt by the worker, without running the rebuild itself.
 *
 * The bench archive's index (cached by the rebuild bench) is loaded, packed as the worker sends
 * it, and unpacked (a) the way it is adopted, in slices, and (b) in one go with no yield (as
 * before slicing), in the same run. The figure is the longest stretch between two event-loop
 * turns while it runs (a ticker on setImmediate measures it): an IPC call arriving then waits
 * that long. Also the text store's table (unpackEntries, its own slices). Each is repeated
 * `--runs` times; the median and the least are reported (the machine's load only adds).
 * Written to bench/results/rebuild-adopt.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Archive } from '../main/services/archive';
import { loadIndex } from '../main/services/search/index-files';
import { packIndex, unpackIndex } from '../main/services/search/rebuild-transfer';
import { TextStore } from '../main/services/search/text-store';
import { EntryTable } from '../main/services/search/text-store-table';
import { Yielder } from '../main/services/search/yielder';
import { cachedArchive } from './generator/generate-archive';
import { cachedIndex } from './rebuild.bench';
import { handovers, type Handover } from './rebuild-handover';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = 42;

function option(args: string[], name: string, fallback: number): number {
  const found = args.find((arg) => arg.startsWith(`${name}=`));
  return found ? Number(found.slice(name.length + 1)) : fallback;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** `gcs`/`gcMs`: the collections this thread ran meanwhile (what the adoption's allocations cost). */
type Held = { totalMs: number; longestBlockMs: number; turns: number; gcs: number; gcMs: number };

/** Runs `work` beside a setImmediate ticker: the longest gap between ticks is the longest block. */
async function held(work: () => Promise<unknown>): Promise<Held> {
  let done = false;
  let longest = 0;
  let turns = 0;
  const gcs: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcs.push(entry.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  const ticker = (async () => {
    let last = performance.now();
    while (!done) {
      await nextTurn();
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      turns++;
    }
  })();
  const t0 = performance.now();
  await work();
  const totalMs = performance.now() - t0;
  done = true;
  await ticker;
  // Entries are delivered on a later turn.
  await nextTurn();
  observer.disconnect();
  const gcMs = round(gcs.reduce((sum, ms) => sum + ms, 0));
  return { totalMs: round(totalMs), longestBlockMs: round(longest), turns, gcs: gcs.length, gcMs };
}

const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
const least = (xs: number[]) => round(Math.min(...xs));

function summary(runs: Held[]) {
  const blocks = runs.map((r) => r.longestBlockMs);
  const totals = runs.map((r) => r.totalMs);
  return {
    longestBlockMs: { median: median(blocks), least: least(blocks) },
    totalMs: { median: median(totals), least: least(totals) },
    turns: median(runs.map((r) => r.turns)),
    gcs: median(runs.map((r) => r.gcs)),
    gcMs: median(runs.map((r) => r.gcMs)),
  };
}

export async function run(args: string[]): Promise<void> {
  const count = option(args, '--count', 100_000);
  const runs = option(args, '--runs', 5);
  const archiveDir = await cachedArchive(count, SEED);
  const archive = await Archive.open(archiveDir, { readOnly: true });
  const indexDir = await cachedIndex(archive, archiveDir);
  const loaded = await loadIndex(indexDir);
  if (loaded.kind !== 'ok') throw new Error(`cached index did not load: ${loaded.kind}`);
  const store = await TextStore.open(indexDir);
  const entries = store.exportEntries();
  await store.close();

  const sliced: Held[] = [];
  const oneGo: Held[] = [];
  const texts: Held[] = [];
  for (let r = 0; r < runs; r++) {
    // A fresh pack per unpack: the worker sends new strings each time.
    let packed = packIndex(loaded.index);
    // As adopted: in slices, keeping the catalogue's id strings.
    const sameString = (id: string) => archive.getMeta(id)?.id ?? id;
    sliced.push(await held(() => unpackIndex(packed, { sameString })));
    packed = packIndex(loaded.index);
    const never = new Yielder(undefined, { sliceMs: Number.POSITIVE_INFINITY });
    oneGo.push(await held(() => unpackIndex(packed, { yielder: never })));
    texts.push(await held(() => EntryTable.unpack(entries, { sameString })));
  }
  const hand = await handovers(loaded.index, runs);
  const handSummary = (list: Handover[]) => ({
    longestBlockMs: median(list.map((h) => h.longestBlockMs)),
    gcMaxMs: median(list.map((h) => h.gcMaxMs)),
    gcTotalMs: median(list.map((h) => h.gcTotalMs)),
    majors: list.reduce((sum, h) => sum + h.majors, 0),
  });
  const result = {
    count,
    runs,
    terms: loaded.index.base.termCount,
    index: { sliced: summary(sliced), oneGo: summary(oneGo) },
    textTable: summary(texts),
    /** The postings arriving from a worker with the old index alive: transferred vs in shared memory. */
    handover: {
      transferred: handSummary(hand.transferred),
      shared: handSummary(hand.shared),
      runs: hand,
    },
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `\nadopting a ${count}-article index on the main thread: longest block ` +
      `${result.index.sliced.longestBlockMs.median} ms in slices vs ` +
      `${result.index.oneGo.longestBlockMs.median} ms in one go (median of ${runs}); ` +
      `text table ${result.textTable.longestBlockMs.median} ms (${result.textTable.gcs} GCs, ` +
      `${result.textTable.gcMs} ms)\n` +
      `postings handed over transferred: GC max ${result.handover.transferred.gcMaxMs} ms, ` +
      `${result.handover.transferred.majors} major GCs in ${runs} runs, longest block ` +
      `${result.handover.transferred.longestBlockMs} ms; shared: GC max ${result.handover.shared.gcMaxMs} ms, ` +
      `${result.handover.shared.majors} major, longest block ${result.handover.shared.longestBlockMs} ms (medians)`,
  );
  await mkdir(path.join(here, 'results'), { recursive: true });
  await writeFile(
    path.join(here, 'results', 'rebuild-adopt.json'),
    JSON.stringify(result, null, 2),
  );
  await archive.close();
}
