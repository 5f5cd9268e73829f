/**
 * `npm run bench -- search [--count=100000] [--baseline=1000] [--queries=500] [--phrases=200] [--grep-samples=5] [--fresh] [--no-flex]`:
 * search over the synthetic archive (bench/generator: several thousand syllables, numbers,
 * dates, document codes and names, bodies up to 10,000 characters).
 *
 * The index is built once per archive and code version and cached (bench/search/index-cache.ts;
 * `--fresh` rebuilds it). Load, RSS and query latency are measured in a fresh child process
 * (bench/search/child.ts) for whole words, the word being typed and quoted phrases; FlexSearch
 * runs beside it on the same text; the baseline a user has without the index, `grep -rliF` over
 * the same body files, runs in the same run, and so does the whole measure on a small archive
 * (`--baseline`, 1,000 articles): the p95s are also given as ratios to it. Written to
 * bench/results/search.json.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Archive } from '../main/services/archive';
import { foldVietnamese } from '../shared/text/vietnamese';
import { cachedArchive } from './generator/generate-archive';
import { runFlexSearch } from './search-flexsearch';
import { grepBaseline, makeQueries } from './search-inputs';
import { runChild, type ChildReport } from './search/child';
import { preparedIndex } from './search/index-cache';
import { option, round, type QuerySets, type QueryStats } from './search/stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = 42;

async function querySets(archiveDir: string, words: number, phrases: number): Promise<QuerySets> {
  const archive = await Archive.open(archiveDir, { readOnly: true });
  try {
    const typed = await makeQueries(archive, words);
    return {
      words: typed.filter((q) => q.endsWith(' ')),
      typing: typed.filter((q) => !q.endsWith(' ')),
      phrases: (await makeQueries(archive, phrases))
        .filter((q) => q.trim().includes(' '))
        .map((q) => `"${q.trim()}"`),
    };
  } finally {
    await archive.close();
  }
}

/** Archive, query sets, prepared index and the measuring child's figures for `count` articles. */
async function measure(count: number, args: string[], work: string) {
  const archiveDir = await cachedArchive(count, SEED);
  const indexDir = path.join(work, `index-${count}`);
  const sets = await querySets(
    archiveDir,
    option(args, '--queries', 500),
    option(args, '--phrases', 200),
  );
  const build = await preparedIndex(archiveDir, indexDir, args.includes('--fresh'));
  console.log(
    `${count} articles — build: ${round(build.ms / 1000, 1)} s${build.cached ? ' (cached)' : ''}, ${build.terms} words, ${build.postings} postings, ${build.sizeOnDiskMb} MB on disk`,
  );
  const queriesFile = path.join(work, `queries-${count}.json`);
  await writeFile(queriesFile, JSON.stringify(sets));
  const child = await runChild([archiveDir, indexDir, queriesFile]);
  return { archiveDir, indexDir, sets, build, queriesFile, child };
}

/** p95 at `count` over p95 at the baseline's size, wall and CPU, per query set. */
function p95Ratios(child: ChildReport, base: ChildReport) {
  const ratio = (a: QueryStats, b: QueryStats) => ({
    p95: round(a.p95 / Math.max(0.01, b.p95)),
    cpuP95: round(a.cpuP95 / Math.max(0.01, b.cpuP95)),
  });
  return {
    words: ratio(child.words, base.words),
    typing: ratio(child.typing, base.typing),
    phrases: ratio(child.phrases, base.phrases),
  };
}

export async function run(args: string[]): Promise<void> {
  const count = option(args, '--count', 100_000);
  const baselineCount = option(args, '--baseline', 1_000);
  console.log(`archive: ${count} synthetic articles (seed ${SEED}), baseline ${baselineCount}`);
  const work = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-search-bench-'));
  try {
    // The small archive first, in the same run: the machine's load then shows in both.
    const baseline = await measure(baselineCount, args, work);
    const { archiveDir, indexDir, sets, build, queriesFile, child } = await measure(
      count,
      args,
      work,
    );
    const flex = args.includes('--no-flex')
      ? { failed: 'skipped (--no-flex)' }
      : await runFlexSearch(archiveDir, indexDir, queriesFile);
    const grepQueries = sets.words
      .filter((q) => q.trim() !== foldVietnamese(q.trim()))
      .slice(0, option(args, '--grep-samples', 5));
    const grep = await grepBaseline(archiveDir, grepQueries);

    const results = {
      count,
      // Other work shares this machine's cores; wall-clock figures include waiting for a core, CPU figures do not.
      loadAverage: os.loadavg().map((n) => round(n, 1)),
      build: {
        ...build,
        note: 'build time includes reading every body file and writing the text store',
        target: 'index + text store ≤ 0.3× the archive',
      },
      load: { indexLoadMs: child.loadMs, readyMs: child.readyMs, target: '≤ 1000 ms' },
      rss: {
        archiveOnlyMb: child.rssArchiveMb,
        archiveAndIndexMb: child.rssMb,
        afterQueriesMb: child.rssAfterQueriesMb,
        afterQueriesSettledMb: child.rssAfterQueriesSettledMb,
        peakDuringQueriesMb: child.rssPeakDuringQueriesMb,
        afterQueries: child.afterQueries,
        target: '≤ 500 MB',
      },
      words: { ...child.words, target: 'p95 ≤ 10 ms' },
      typing: { ...child.typing, target: 'p95 ≤ 15 ms' },
      phrases: { ...child.phrases, target: 'p95 ≤ 50 ms' },
      baseline: {
        count: baselineCount,
        rss: {
          archiveAndIndexMb: baseline.child.rssMb,
          afterQueriesMb: baseline.child.rssAfterQueriesMb,
          afterQueriesSettledMb: baseline.child.rssAfterQueriesSettledMb,
          peakDuringQueriesMb: baseline.child.rssPeakDuringQueriesMb,
        },
        words: baseline.child.words,
        typing: baseline.child.typing,
        phrases: baseline.child.phrases,
        readyMs: baseline.child.readyMs,
        overBaseline: p95Ratios(child, baseline.child),
      },
      meanTotal: Math.round(child.totals.reduce((a, b) => a + b, 0) / child.totals.length),
      sideBySide: {
        note: 'same folded text, word and typing queries; ids of the first page only (no snippets, no mark ranking)',
        handWritten: { ...child.matchOnly, loadMs: child.loadMs, sizeOnDiskMb: build.sizeOnDiskMb },
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
