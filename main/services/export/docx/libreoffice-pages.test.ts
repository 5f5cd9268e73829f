import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReportDoc } from '../../../../bench/generator/report-doc';
import type { DocNode } from '../../../../shared/report/document';
import { tinyPng } from '../../../../test-support/fixtures/import/make-docx';
import {
  libreOfficePdf,
  pdfinfoPath,
  pdfPageCount,
  sofficePath,
} from '../../../../test-support/libreoffice';
import { sampleReport } from '../../../../test-support/sample-report';
import { makeTempFolder } from '../../../../test-support/temp-folder';
import { findChromium } from '../chromium-path';
import { chromiumPdfRenderer } from '../pdf';
import { exportReport } from '../report-export';
import { buildDocx } from './index';

const tools = Boolean(sofficePath && pdfinfoPath && findChromium());
const SKIP_NOTE = tools
  ? ''
  : ' (skipped: needs soffice, pdfinfo and a Chromium; .ci/run installs them)';

let work: Awaited<ReturnType<typeof makeTempFolder>>;
beforeAll(async () => {
  work = await makeTempFolder('docx-lo-');
});
afterAll(() => work.remove());

/** Every image the generated report points at, written as a real PNG into the media folder. */
async function writeImages(doc: DocNode, mediaDir: string): Promise<void> {
  if (doc.type === 'image')
    await writeFile(path.join(mediaDir, String(doc.attrs?.src).slice('media/'.length)), tinyPng());
  for (const child of doc.content ?? []) await writeImages(child, mediaDir);
}

/** Pages LibreOffice lays the .docx out on, and pages of the PDF export (Chromium, the print layout). */
async function pageCounts(name: string, content: DocNode | undefined) {
  const report = sampleReport({ content });
  if (content) await writeImages(content, work.dir);
  const options = { mediaDir: work.dir, citationStyle: 'inline' as const };
  const docxPath = path.join(work.dir, `${name}.docx`);
  await writeFile(docxPath, await buildDocx(report, options));
  const loPdf = path.join(work.dir, `${name}-lo.pdf`);
  await writeFile(loPdf, await libreOfficePdf(docxPath, path.join(work.dir, name)));
  const pdf = await exportReport(report, 'pdf', {
    ...options,
    renderPdf: chromiumPdfRenderer(),
    buildDocx,
  });
  const pdfPath = path.join(work.dir, `${name}.pdf`);
  await writeFile(pdfPath, pdf.bytes);
  return { word: await pdfPageCount(loPdf), pdf: await pdfPageCount(pdfPath) };
}

describe(`The .docx in LibreOffice has the PDF export's page count${SKIP_NOTE}`, () => {
  it.skipIf(!tools)(
    'a one-page báo cáo: one page in both',
    async () => {
      expect(await pageCounts('one-page', undefined)).toEqual({ word: 1, pdf: 1 });
    },
    120_000,
  );

  it.skipIf(!tools)(
    'a 12-page report with headings, lists, tables and images: within one page',
    async () => {
      const { word, pdf } = await pageCounts('twelve', generateReportDoc({ pages: 12, seed: 7 }));
      expect(pdf).toBeGreaterThanOrEqual(10);
      expect(Math.abs(word - pdf)).toBeLessThanOrEqual(1);
    },
    180_000,
  );
});
