import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportFileSchema } from '../../../shared/report/report';
import { sampleReportFile } from '../../../test-support/nd30-report';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { chromiumCandidates, findChromium } from './chromium-path';
import { buildDocx } from './docx';
import { chromiumPdfRenderer } from './pdf';
import { exportReport } from './report-export';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
const noPdf = async () => {
  throw new Error('not used');
};
beforeEach(async () => {
  folder = await makeTempFolder();
});
afterEach(async () => {
  await folder.remove();
});

const deps = () => ({
  mediaDir: path.join(folder.dir, 'media'),
  citationStyle: 'inline' as const,
  renderPdf: noPdf,
  buildDocx,
  year: 2026,
});
const htmlOf = async (report = sampleReportFile()) =>
  new TextDecoder().decode((await exportReport(report, 'html', deps())).bytes);

describe('HTML export', () => {
  it('is one self-contained file named after the report, Tinos embedded', async () => {
    const file = await exportReport(sampleReportFile(), 'html', deps());
    expect(file.fileName).toBe('BC 07 Tinh hinh thuc hien nhiem vu thang 01 nam 2026.html');
    const html = new TextDecoder().decode(file.bytes);
    expect(html.match(/@font-face\{font-family:'Tinos'/g)).toHaveLength(12);
    expect(html).toContain('src:url(data:font/woff2;base64,');
    expect(html).not.toMatch(/(src|href)="(https?:|file:|\/)/);
    expect(html).toContain('Số: 07/BC-VP');
  });

  it('inlines images stored in media/ and never reads outside it', async () => {
    await mkdir(path.join(folder.dir, 'media'), { recursive: true });
    await writeFile(path.join(folder.dir, 'media', 'abc123.png'), Buffer.from([0x89, 0x50]));
    await writeFile(path.join(folder.dir, 'secret.png'), 'secret');
    const report = sampleReportFile({
      content: {
        type: 'doc',
        content: [
          { type: 'image', attrs: { src: 'media/abc123.png', alt: 'Ảnh' } },
          { type: 'image', attrs: { src: '../secret.png', alt: 'Lọt' } },
          { type: 'image', attrs: { src: 'media/../../secret.png', alt: 'Lọt' } },
        ],
      },
    });
    const html = await htmlOf(report);
    expect(html).toContain('<img src="data:image/png;base64,iVA=" alt="Ảnh">');
    expect(html).toContain('[Lọt]');
    expect(html).not.toContain(Buffer.from('secret').toString('base64'));
  });

  it('exports a report whose body is empty', async () => {
    const html = await htmlOf(sampleReportFile({ content: { type: 'doc', content: [] } }));
    expect(html).toContain('<div class="kt-body"></div>');
    expect(html).toContain('Trần Thị Hạnh');
  });

  it('hands Word to the .docx builder under the same name', async () => {
    const file = await exportReport(sampleReportFile(), 'docx', deps());
    expect(file.fileName).toBe('BC 07 Tinh hinh thuc hien nhiem vu thang 01 nam 2026.docx');
    expect(Buffer.from(file.bytes.subarray(0, 2)).toString()).toBe('PK');
  });
});

describe('bad fields', () => {
  const withFields = (fields: Record<string, unknown>) =>
    ReportFileSchema.safeParse({
      ...sampleReportFile(),
      fields: { ...sampleReportFile().fields, ...fields },
    });
  const message = (fields: Record<string, unknown>) => {
    const result = withFields(fields);
    return result.success ? '' : result.error.issues.map((i) => i.message).join('; ');
  };

  it.each([
    [{ type: 'quyet-dinh' }, /^type: one of bao-cao/],
    [{ number: 0 }, /^number: a positive whole number/],
    [{ number: 2.5 }, /^number: a positive whole number/],
    [{ number: '07' }, /^number: a positive whole number/],
    [{ date: '2026-02-30' }, /^date: this day does not exist/],
    [{ date: '30/02/2026' }, /^date: expected YYYY-MM-DD/],
    [{ summary: 'x'.repeat(10_000) }, /^summary: at most 500 characters/],
  ])('%o → a message naming the field', (fields, expected) => {
    expect(message(fields)).toMatch(expected);
  });
});

describe('finding Chromium', () => {
  it('prefers CHROMIUM_PATH, then the usual paths, and says none when there is none', () => {
    const has = (files: string[]) => (file: string) => files.includes(file);
    expect(
      findChromium(
        { CHROMIUM_PATH: '/x/chrome' },
        has(['/x/chrome', '/usr/bin/chromium']),
        'linux',
      ),
    ).toBe('/x/chrome');
    expect(
      findChromium({ CHROMIUM_PATH: '/x/none' }, has(['/usr/bin/chromium']), 'linux'),
    ).toBeNull();
    expect(findChromium({}, has(['/usr/bin/google-chrome']), 'linux')).toBe(
      '/usr/bin/google-chrome',
    );
    expect(findChromium({}, has([]), 'linux')).toBeNull();
    expect(chromiumCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' })).toContain(
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    );
  });

  it('a PDF without Chromium fails with a message naming CHROMIUM_PATH', async () => {
    const render = chromiumPdfRenderer(() => null);
    await expect(render('<p>x</p>')).rejects.toMatchObject({
      code: 'pdf-unavailable',
      message: expect.stringMatching(/CHROMIUM_PATH/),
    });
  });
});
