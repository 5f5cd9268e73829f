/**
 * `npm run bench -- compile [--count=100000] [--articles=1000] [--runs=5]`: "Tạo báo cáo tổng
 * hợp" over the synthetic archive.
 *
 * In Node, the real CompileService (select by date range, plan, summaries, the document, the
 * report written by the real ReportService into a temp folder) for a range of about --articles
 * articles of the --count archive, beside a 10-article compile in the same run (the baseline);
 * and the worst case where no article has a lead, so every summary is cut from its body file.
 * Then, in Chromium, the real ReportEditor opening the compiled report, beside the editor
 * bench's 1-page report. Targets (issue 11): compile ≤ 2 s; the editor opens the result within
 * its own open-time target (issue 9: ≤ 500 ms and ≤ 3× the 1-page report).
 * Writes bench/results/compile.json.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompileSource } from '../shared/ipc/citations';
import type { DocNode } from '../shared/report/document';
import type { ArticleMeta } from '../shared/model';
import { Archive } from '../main/services/archive';
import { CompileService, type CompileDeps } from '../main/services/compile/compile-service';
import { ReportService } from '../main/services/reports/report-service';
import { openBenchPage } from './editor-page-server';
import { cachedArchive } from './generator/generate-archive';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = 42;
const OPEN_TARGET_MS = 500;

function option(args: string[], name: string, fallback: number): number {
  const found = args.find((arg) => arg.startsWith(`${name}=`));
  return found ? Number(found.slice(name.length + 1)) : fallback;
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

/** The Vietnam calendar day of an ISO time. */
const dayOf = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);

/** The newest days of the archive that together hold about `wanted` articles. */
function rangeOf(metas: readonly ArticleMeta[], wanted: number): { from: string; to: string } {
  const days = metas
    .filter((m) => m.publishedAt)
    .map((m) => dayOf(m.publishedAt!))
    .sort();
  return { from: days[Math.max(0, days.length - wanted)]!, to: days[days.length - 1]! };
}

type Timing = { articles: number; medianMs: number; runsMs: number[]; content: DocNode | null };

async function timeCompile(
  deps: Omit<CompileDeps, 'createReport'>,
  reports: ReportService,
  source: CompileSource,
  runs: number,
): Promise<Timing> {
  let content: DocNode | null = null;
  const deps2: CompileDeps = {
    ...deps,
    createReport: async (input) => {
      content = input.content;
      return { id: (await reports.create(input)).meta.id };
    },
  };
  const times: number[] = [];
  let articles = 0;
  // One warm-up: the first compile pays for compiling the code paths and the collator.
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const result = await new CompileService(deps2).compile({
      source,
      title: 'Bench',
      confirmed: true,
    });
    if (i > 0) times.push(performance.now() - t0);
    articles = result.articles;
  }
  return { articles, medianMs: round(median(times)), runsMs: times.map(round), content };
}

/** Opening the compiled report in the real editor (Chromium), beside the 1-page generated report. */
async function timeEditorOpen(doc: DocNode, runs: number) {
  const { page, close } = await openBenchPage();
  try {
    await page.evaluate(() => window.editorBench.mount(1));
    const small: number[] = [];
    const compiled: number[] = [];
    const loaded: number[] = [];
    const longestTask: number[] = [];
    await page.evaluate(() => window.editorBench.phases());
    for (let i = 0; i < runs; i++) {
      small.push(await page.evaluate(() => window.editorBench.mount(1)));
      compiled.push(await page.evaluate((d) => window.editorBench.mountDoc(d), doc));
      const [, phase] = await page.evaluate(() => window.editorBench.phases());
      loaded.push(phase!.loaded);
      longestTask.push(phase!.longestTask);
    }
    return {
      onePageMs: round(median(small)),
      compiledMs: round(median(compiled)),
      onePageMin: round(Math.min(...small)),
      compiledMin: round(Math.min(...compiled)),
      // The first screenful is painted first, the rest drawn in idle slices: until all of it is in.
      compiledLoadedMs: round(median(loaded)),
      longestTaskMs: round(Math.max(...longestTask)),
    };
  } finally {
    await close();
  }
}

export async function run(args: string[]): Promise<void> {
  const count = option(args, '--count', 100_000);
  const wanted = option(args, '--articles', 1000);
  const runs = option(args, '--runs', 5);
  console.log(`archive of ${count} articles (generated once, cached)…`);
  const archive = await Archive.open(await cachedArchive(count, SEED), { readOnly: true });
  const reportsDir = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-compile-bench-'));
  const reports = new ReportService({
    dir: () => reportsDir,
    media: { store: () => Promise.reject(new Error('no images in a compiled report')) },
  });
  try {
    const metas = archive.listArticles();
    const range = rangeOf(metas, wanted);
    const deps = { archive, search: null, reportDefaults: () => ({}) };
    const big = await timeCompile(deps, reports, range, runs);
    const ten = metas.slice(0, 10).map((m) => m.id);
    const small = await timeCompile(deps, reports, { ids: ten }, runs);
    // Worst case: no leads, so each summary is the first two sentences of the body file.
    const noLeads = {
      ...deps,
      archive: Object.assign(Object.create(archive) as Archive, {
        getMeta: (id: string) => {
          const meta = archive.getMeta(id);
          return meta && { ...meta, lead: '' };
        },
        listArticles: () => metas.map((m) => ({ ...m, lead: '' })),
      }),
    };
    const bodies = await timeCompile(noLeads, reports, range, runs);
    const editor = await timeEditorOpen(big.content!, runs);
    const summary = {
      count,
      range,
      compile: { articles: big.articles, medianMs: big.medianMs, runsMs: big.runsMs },
      baseline10: { articles: small.articles, medianMs: small.medianMs },
      ratioTo10: round(big.medianMs / Math.max(small.medianMs, 0.1)),
      fromBodies: { articles: bodies.articles, medianMs: bodies.medianMs },
      editor: { ...editor, ratio: round(editor.compiledMs / editor.onePageMs) },
      targets: {
        compile2s: big.medianMs <= 2000 && bodies.medianMs <= 2000,
        editorOpen500: editor.compiledMs <= OPEN_TARGET_MS,
        editorOpen3x: editor.compiledMs <= 3 * editor.onePageMs,
      },
    };
    console.log(
      `compile ${big.articles} articles (${range.from} → ${range.to}): ${big.medianMs} ms median (runs ${big.runsMs.join(', ')}); ` +
        `10 articles: ${small.medianMs} ms (${summary.ratioTo10}×); every summary from the body: ${bodies.medianMs} ms (target ≤ 2000 ms)`,
    );
    console.log(
      `editor opens the compiled report in ${editor.compiledMs} ms, the 1-page report in ${editor.onePageMs} ms (${summary.editor.ratio}×; fastest runs ${editor.compiledMin} / ${editor.onePageMin} ms; target ≤ ${OPEN_TARGET_MS} ms and ≤ 3×); ` +
        `the whole compiled report drawn in ${editor.compiledLoadedMs} ms, longest task after the first paint ${editor.longestTaskMs} ms`,
    );
    console.log(`targets: ${JSON.stringify(summary.targets)}`);
    await mkdir(path.join(here, 'results'), { recursive: true });
    await writeFile(path.join(here, 'results/compile.json'), JSON.stringify(summary, null, 2));
  } finally {
    await archive.close();
    await rm(reportsDir, { recursive: true, force: true });
  }
}
