/**
 * `npm run bench -- archive [--sizes=1000,10000,100000] [--samples=40]`
 *
 * Opens synthetic archives of each size (bench/generator, cached in the temp folder) and times:
 * open (catalogue ready; wall and process CPU, the close apart), one article save, one metadata
 * edit, one report autosave (p50/p95), and the RSS of a process holding the archive open. The
 * same operations run on a baseline that keeps everything in one lowdb file, up to the size where
 * that still works; every figure is also printed as a ratio to the baseline, or to the 1,000-article archive, from this same run.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Archive } from '../main/services/archive';
import { interleave, timeIt, timeOpens, type Timing } from './archive/timing';
import { BASELINE_LIMIT_BYTES, baselineFor, openBaseline } from './generator/baseline-archive';
import { cachedArchive } from './generator/generate-archive';
import { generateArticleDraft } from './generator/generate-article';
import { createRng } from './generator/prng';
import type { DocNode } from '../shared/report/document';

type Row = {
  design: 'archive' | 'baseline';
  size: number;
  open: Timing;
  /** The archive's open in process CPU ms, which the machine's load does not stretch. */
  openCpu?: Timing;
  /** Timed apart from the open: it writes the next start's catalogue head (catalog-head.ts). */
  close?: Timing;
  save: Timing;
  edit: Timing;
  report: Timing;
  rssMb: number | null;
};

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = 42;

/** A report about the size the editor autosaves: a few pages of tiptap JSON. */
function reportContent(i: number): DocNode {
  const paragraph = (k: number) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `Đoạn ${k} của báo cáo, lần lưu ${i}. `.repeat(8) }],
  });
  return { type: 'doc', content: Array.from({ length: 40 }, (_, k) => paragraph(k)) };
}

/** The archive works on a copy of the cached catalogue; bodies it adds go to a fresh folder. */
async function workingCopy(cached: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-bench-run-'));
  await copyFile(path.join(cached, 'catalog.jsonl'), path.join(dir, 'catalog.jsonl'));
  return dir;
}

/**
 * Times every size together, one operation on each size in turn, so a burst of load from
 * elsewhere on the machine lands on all sizes alike and the ratios between sizes stay fair.
 */
async function benchArchives(sizes: number[], samples: number): Promise<Row[]> {
  const cached = new Map<number, string>();
  for (const size of sizes) cached.set(size, await cachedArchive(size, SEED));
  const dirs = new Map<number, string>();
  for (const size of sizes) dirs.set(size, await workingCopy(cached.get(size)!));
  try {
    // The first open makes the day's backup; wait for it so it does not land inside a timing.
    for (const dir of dirs.values()) await (await Archive.open(dir)).close();
    const opening = await timeOpens(sizes, Math.max(5, Math.floor(samples / 4)), dirs);
    const archives = new Map<number, Archive>();
    for (const size of sizes) archives.set(size, await Archive.open(dirs.get(size)!));
    for (const archive of archives.values()) await archive.idle();
    const rng = createRng(7);
    const ids = new Map(
      sizes.map((size) => [
        size,
        archives
          .get(size)!
          .listArticles()
          .map((m) => m.id),
      ]),
    );
    const saves = await interleave(
      sizes,
      samples,
      (size) => () => archives.get(size)!.addArticle(generateArticleDraft(rng)),
    );
    const edits = await interleave(sizes, samples, (size, i) => () => {
      const list = ids.get(size)!;
      return archives.get(size)!.updateMeta(list[(i * 7919) % list.length]!, {
        read: i % 2 === 0,
        readingPosition: (i % 10) / 10,
      });
    });
    const reportIds = new Map<number, string>();
    for (const [size, archive] of archives)
      reportIds.set(
        size,
        (await archive.reports.create({ title: 'Báo cáo tuần', content: reportContent(0) })).meta
          .id,
      );
    const reports = await interleave(
      sizes,
      samples,
      (size, i) => () =>
        archives.get(size)!.reports.save({
          id: reportIds.get(size)!,
          baseRevision: i,
          content: reportContent(i),
        }),
    );
    for (const archive of archives.values()) await archive.close();
    return sizes.map((size) => ({
      design: 'archive' as const,
      size,
      open: opening.wall.get(size)!,
      openCpu: opening.cpu.get(size)!,
      close: opening.close.get(size)!,
      save: saves.get(size)!,
      edit: edits.get(size)!,
      report: reports.get(size)!,
      rssMb: rssOfArchive(cached.get(size)!),
    }));
  } finally {
    for (const dir of dirs.values()) await rm(dir, { recursive: true, force: true });
  }
}

async function benchBaseline(size: number, samples: number): Promise<Row> {
  const file = await baselineFor(await cachedArchive(size, SEED));
  const work = path.join(await mkdtemp(path.join(os.tmpdir(), 'kho-tin-bench-base-')), 'db.json');
  await copyFile(file, work);
  try {
    // At 10,000 one baseline write takes seconds; a few samples show the point.
    const n = size >= 10_000 ? 3 : Math.min(samples, 10);
    const open = await timeIt(size >= 10_000 ? 3 : 10, () => openBaseline(work));
    const db = await openBaseline(work);
    const rng = createRng(7);
    const save = await timeIt(n, async () => {
      const draft = generateArticleDraft(rng);
      db.data.articles.push({
        ...db.data.articles[0]!,
        id: `x${db.data.articles.length}`,
        title: draft.title,
        body: { id: 'x', html: draft.html, text: draft.text, captions: draft.captions, images: [] },
      });
      await db.write();
    });
    const edit = await timeIt(n, async (i) => {
      db.data.articles[(i * 7919) % db.data.articles.length]!.read = i % 2 === 0;
      await db.write();
    });
    db.data.reports.push({ id: 'r1', title: 'Báo cáo tuần', content: reportContent(0) });
    const report = await timeIt(n, async (i) => {
      db.data.reports[0]!.content = reportContent(i);
      await db.write();
    });
    return { design: 'baseline', size, open, save, edit, report, rssMb: rssOfBaseline(file) };
  } finally {
    await rm(path.dirname(work), { recursive: true, force: true });
  }
}

/** RSS of a fresh process after opening, minus the same process that opened nothing: the archive alone. */
function rssProbe(code: string): number {
  const script = `const gc = globalThis.gc; ${code}; gc(); gc(); console.log(process.memoryUsage().rss);`;
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: path.resolve(here, '..'), encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout.trim().split('\n').at(-1)) / 1e6;
}

function rssOfArchive(dir: string): number {
  const modulePath = JSON.stringify(path.resolve(here, '../main/services/archive/index.ts'));
  const empty = rssProbe(`await import(${modulePath})`);
  return (
    rssProbe(
      `const { Archive } = await import(${modulePath}); const a = await Archive.open(${JSON.stringify(dir)}, { readOnly: true }); await a.idle(); globalThis.keep = a`,
    ) - empty
  );
}

function rssOfBaseline(file: string): number {
  const modulePath = JSON.stringify(path.resolve(here, 'generator/baseline-archive.ts'));
  const empty = rssProbe(`await import(${modulePath})`);
  return (
    rssProbe(
      `const { openBaseline } = await import(${modulePath}); globalThis.keep = await openBaseline(${JSON.stringify(file)})`,
    ) - empty
  );
}

const ms = (t: Timing) => `${t.p50.toFixed(1)} / ${t.p95.toFixed(1)}`;
const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '—');

function printTable(rows: Row[]): void {
  console.log(
    '\ndesign    size      open p50/p95 ms    save p50/p95 ms   edit p50/p95 ms   report p50/p95 ms   RSS MB',
  );
  for (const r of rows) {
    console.log(
      `${r.design.padEnd(9)} ${String(r.size).padEnd(8)}  ${ms(r.open).padEnd(17)}  ${ms(r.save).padEnd(16)}  ${ms(r.edit).padEnd(16)}  ${ms(r.report).padEnd(18)}  ${r.rssMb?.toFixed(0) ?? '—'}`,
    );
  }
  const archive = rows.filter((r) => r.design === 'archive');
  console.log(
    '\nopen alone (close timed apart): wall p50/p95, process CPU p50/p95, close p50/p95 ms',
  );
  for (const r of archive)
    console.log(
      `${String(r.size).padEnd(8)} open ${ms(r.open)}  CPU ${r.openCpu ? ms(r.openCpu) : '—'}  close ${r.close ? ms(r.close) : '—'}`,
    );
  const small = archive.find((r) => r.size === Math.min(...archive.map((a) => a.size)));
  console.log(
    '\nratios (p95): archive ÷ baseline at the same size, and archive ÷ archive at the smallest size',
  );
  for (const r of archive) {
    const base = rows.find((b) => b.design === 'baseline' && b.size === r.size);
    console.log(
      `${String(r.size).padEnd(8)} open ${ratio(r.open.p50, base?.open.p50)} (p50)  save ${ratio(r.save.p95, base?.save.p95)}  edit ${ratio(r.edit.p95, base?.edit.p95)}  report ${ratio(r.report.p95, base?.report.p95)}` +
        `  | vs ${small!.size}: save p50 ${ratio(r.save.p50, small!.save.p50)} p95 ${ratio(r.save.p95, small!.save.p95)}, edit p95 ${ratio(r.edit.p95, small!.edit.p95)}, report p95 ${ratio(r.report.p95, small!.report.p95)}`,
    );
  }
}

export async function run(args: string[]): Promise<void> {
  // `--name=value`: bench/run.ts takes every bare word as a benchmark name.
  const option = (name: string, fallback: string) =>
    args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const sizes = option('sizes', '1000,10000,100000').split(',').map(Number);
  const samples = Number(option('samples', '40'));
  console.log(
    `machine load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores`,
  );
  for (const size of sizes)
    console.log(
      `… ${size} articles (generated on first use, cached in ${path.join(os.tmpdir(), 'kho-tin-bench')})`,
    );
  const rows = await benchArchives(sizes, samples);
  const bytesPerArticle =
    (await stat(await baselineFor(await cachedArchive(sizes[0]!, SEED)))).size / sizes[0]!;
  for (const size of sizes) {
    if (bytesPerArticle * size <= BASELINE_LIMIT_BYTES)
      rows.push(await benchBaseline(size, samples));
    else
      console.log(
        `  baseline skipped at ${size}: one lowdb file would be ~${((bytesPerArticle * size) / 1e9).toFixed(1)} GB, past V8's string limit`,
      );
  }
  console.log(
    `machine load average at end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  printTable(rows);
  await mkdir(path.join(here, 'results'), { recursive: true });
  await writeFile(
    path.join(here, 'results', 'archive.json'),
    JSON.stringify({ at: new Date().toISOString(), rows }, null, 2),
  );
}
