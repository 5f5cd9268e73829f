import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeChannel } from '../main/ipc/invoke';
import type { ChannelName } from '../shared/ipc';
import { SAMPLE_FIELDS, sampleBody } from '../test-support/nd30-report';
import { openTestServices, type TestServices } from '../test-support/test-services';
import { SCREENSHOT_DIR } from './support/app-harness';

const poppler = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

/**
 * The PDF as a văn thư receives it: exported through the reports service by a real Chromium,
 * then read back with poppler (fonts embedded, Vietnamese text extractable, pages counted).
 */
describe('PDF export of an ND30 report', () => {
  let opened: TestServices;
  let pdfFile: string;
  const value = async <T>(channel: ChannelName, input?: unknown): Promise<T> => {
    const result = await invokeChannel(opened.table, channel, input, () => 'vi');
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail ?? ''}`);
    return result.value as T;
  };
  const exportPdf = async (content = sampleBody(2)) => {
    const created = await value<{ meta: { id: string } }>('reports.create', {
      template: 'bao-cao',
      fields: SAMPLE_FIELDS,
      content,
    });
    const out = await value<{ base64: string }>('reports.export', {
      id: created.meta.id,
      format: 'pdf',
    });
    return Buffer.from(out.base64, 'base64');
  };

  beforeAll(async () => {
    opened = await openTestServices();
    pdfFile = path.join(opened.paths.archiveDir, 'report.pdf');
    await writeFile(pdfFile, await exportPdf());
  });
  afterAll(() => opened.remove());

  it('embeds its fonts, Times-compatible serif faces only', () => {
    const rows = poppler('pdffonts', [pdfFile]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // Times New Roman where installed, else Chromium's metric-compatible stand-in or Tinos.
      expect(row).toMatch(/Times|Tinos|LiberationSerif/);
      // emb, sub and uni: embedded, subset, with a ToUnicode map (the text copies out).
      expect(row).toMatch(/\byes\s+yes\s+yes\s+\d+/);
    }
  });

  it('gives back the Vietnamese text, header and signer included', () => {
    const text = poppler('pdftotext', ['-layout', pdfFile, '-']).normalize('NFC');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 07/BC-VP',
      'Kiên Giang, ngày 05 tháng 02 năm 2026',
      'BÁO CÁO',
      'Tình hình thực hiện nhiệm vụ tháng 01 năm 2026',
      'Ủy ban nhân dân tỉnh chỉ đạo, điều hành',
      'Nơi nhận:',
      'PHÓ CHÁNH VĂN PHÒNG',
      'Trần Thị Hạnh',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('numbers pages from page 2, centred at the top', async () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [pdfFile]))![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const firstLines = (page: number) =>
      poppler('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdfFile, '-'])
        .split('\n')
        .filter((line) => line.trim())[0]!
        .trim();
    expect(firstLines(1)).not.toBe('1');
    expect(firstLines(2)).toBe('2');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    for (const page of [1, 2]) {
      const prefix = path.join(SCREENSHOT_DIR, `report-page-${page}`);
      poppler('pdftoppm', [
        '-f',
        String(page),
        '-l',
        String(page),
        '-r',
        '80',
        '-png',
        '-singlefile',
        pdfFile,
        prefix,
      ]);
    }
  });

  it('an empty body still exports a valid one-page PDF', async () => {
    const empty = path.join(opened.paths.archiveDir, 'empty.pdf');
    await writeFile(empty, await exportPdf({ type: 'doc', content: [] }));
    expect(poppler('pdfinfo', [empty])).toMatch(/Pages:\s+1\b/);
    expect(poppler('pdftotext', [empty, '-'])).toContain('Trần Thị Hạnh');
  });
});
