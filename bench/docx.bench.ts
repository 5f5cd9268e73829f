/**
 * `npm run bench -- docx [--runs=5]`: .docx export (buildDocx, the same call the app, the host and
 * the CLI make) of the editor benchmark's generated 50-page report (about 25,000 words, 20
 * tables, 10 images) and, in the same run as its baseline, of a 1-page report. Median of --runs
 * after one warm-up. Target (issue 10): the 50-page export ≤ 1 s. Writes bench/results/docx.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocNode } from '../shared/report/document';
import { buildDocx } from '../main/services/export/docx';
import { tinyPng } from '../test-support/fixtures/import/make-docx';
import { sampleReport } from '../test-support/sample-report';
import { makeTempFolder } from '../test-support/temp-folder';
import { generateReportDoc } from './generator/report-doc';

const here = path.dirname(fileURLToPath(import.meta.url));
const TARGET_MS = 1000;

function option(args: string[], name: string, fallback: number): number {
  const found = args.find((arg) => arg.startsWith(`${name}=`));
  return found ? Number(found.slice(name.length + 1)) : fallback;
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function writeImages(doc: DocNode, mediaDir: string): Promise<void> {
  if (doc.type === 'image')
    await writeFile(path.join(mediaDir, String(doc.attrs?.src).slice('media/'.length)), tinyPng());
  for (const child of doc.content ?? []) await writeImages(child, mediaDir);
}

async function time(
  content: DocNode,
  mediaDir: string,
  runs: number,
): Promise<{ ms: number; bytes: number }> {
  const report = sampleReport({ content });
  const build = () => buildDocx(report, { mediaDir, citationStyle: 'inline' });
  const bytes = (await build()).length;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await build();
    samples.push(performance.now() - started);
  }
  return { ms: Math.round(median(samples)), bytes };
}

export async function run(args: string[]): Promise<void> {
  const runs = option(args, '--runs', 5);
  const media = await makeTempFolder('kho-tin-bench-docx-');
  try {
    const onePage = generateReportDoc({ pages: 1 });
    const fiftyPages = generateReportDoc({ pages: 50 });
    await writeImages(onePage, media.dir);
    await writeImages(fiftyPages, media.dir);
    const one = await time(onePage, media.dir, runs);
    const fifty = await time(fiftyPages, media.dir, runs);
    const ratio = fifty.ms / Math.max(1, one.ms);
    const met = fifty.ms <= TARGET_MS;
    console.log(
      `docx export, 1 page:   ${String(one.ms).padStart(5)} ms  (${(one.bytes / 1024).toFixed(0)} KB)`,
    );
    console.log(
      `docx export, 50 pages: ${String(fifty.ms).padStart(5)} ms  (${(fifty.bytes / 1024).toFixed(0)} KB)  ${ratio.toFixed(1)}× the 1-page report  target ≤ ${TARGET_MS} ms: ${met ? 'met' : 'NOT met'}`,
    );
    await mkdir(path.join(here, 'results'), { recursive: true });
    await writeFile(
      path.join(here, 'results', 'docx.json'),
      `${JSON.stringify({ runs, onePage: one, fiftyPages: fifty, ratioToOnePage: ratio, targetMs: TARGET_MS, met }, null, 2)}\n`,
    );
  } finally {
    await media.remove();
  }
}
