/**
 * `npm run bench -- report-pdf [--runs=3]`: PDF export of a report, end to end as the host and
 * the CLI do it (print HTML with Tinos and images inline → a Chromium on the machine → PDF bytes).
 * Measured for the generated 50-page report of the editor benchmark beside a 1-page report (the
 * baseline) in the same run. Target (issue 10): the 50-page PDF in ≤ 3 s. The host keeps its
 * Chromium for a minute after an export, so the figures are exports with a running Chromium;
 * the first export of each size (with the launch, a fresh renderer) is reported as "cold".
 * Writes bench/results/report-pdf.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocx } from '../main/services/export/docx';
import { chromiumPdfRenderer } from '../main/services/export/pdf';
import { exportReport } from '../main/services/export/report-export';
import { NODE, type DocNode } from '../shared/report/document';
import { sampleReportFile } from '../test-support/nd30-report';
import { makeTempFolder } from '../test-support/temp-folder';
import { generateReportDoc } from './generator/report-doc';

const here = path.dirname(fileURLToPath(import.meta.url));
const TARGET_MS = 3000;
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function option(args: string[], name: string, fallback: number): number {
  const found = args.find((arg) => arg.startsWith(`${name}=`));
  return found ? Number(found.slice(name.length + 1)) : fallback;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function imageSources(doc: DocNode): string[] {
  const out: string[] = [];
  const walk = (node: DocNode) => {
    if (node.type === NODE.image && typeof node.attrs?.src === 'string') out.push(node.attrs.src);
    node.content?.forEach(walk);
  };
  walk(doc);
  return out;
}

function pdfPages(file: string): number | null {
  try {
    return Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
    );
  } catch {
    return null;
  }
}

export async function run(args: string[]): Promise<void> {
  const runs = option(args, '--runs', 3);
  const folder = await makeTempFolder();
  try {
    const mediaDir = path.join(folder.dir, 'media');
    await mkdir(mediaDir, { recursive: true });
    const results: Record<
      string,
      { pages: number | null; coldMs: number; ms: number[]; median: number }
    > = {};
    for (const pages of [1, 50]) {
      const content = generateReportDoc({ pages });
      for (const src of imageSources(content))
        await writeFile(path.join(mediaDir, path.basename(src)), PIXEL);
      const report = sampleReportFile({ content });
      const renderPdf = chromiumPdfRenderer();
      const deps = { mediaDir, citationStyle: 'inline' as const, renderPdf, buildDocx, year: 2026 };
      const ms: number[] = [];
      let bytes: Uint8Array = new Uint8Array();
      const coldStart = performance.now();
      await exportReport(report, 'pdf', deps);
      const coldMs = Math.round(performance.now() - coldStart);
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        bytes = (await exportReport(report, 'pdf', deps)).bytes;
        ms.push(Math.round(performance.now() - start));
      }
      await renderPdf.close?.();
      const file = path.join(folder.dir, `report-${pages}.pdf`);
      await writeFile(file, bytes);
      results[`${pages}-page`] = { pages: pdfPages(file), coldMs, ms, median: median(ms) };
    }
    const big = results['50-page']!;
    const small = results['1-page']!;
    const summary = {
      runs,
      targetMs: TARGET_MS,
      onePage: small,
      fiftyPage: big,
      ratio: Math.round((big.median / small.median) * 100) / 100,
      withinTarget: big.median <= TARGET_MS,
    };
    for (const [name, r] of [
      ['1-page ', small],
      ['50-page', big],
    ] as const) {
      console.log(
        `${name} report: ${r.median} ms median (pdf pages: ${r.pages}; runs ${r.ms.join(', ')}; cold, with the launch: ${r.coldMs} ms)`,
      );
    }
    console.log(
      `ratio 50/1: ${summary.ratio}×; target ≤ ${TARGET_MS} ms: ${summary.withinTarget ? 'met' : 'NOT met'}`,
    );
    await mkdir(path.join(here, 'results'), { recursive: true });
    await writeFile(path.join(here, 'results/report-pdf.json'), JSON.stringify(summary, null, 2));
  } finally {
    await folder.remove();
  }
}
