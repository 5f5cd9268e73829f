import { describe, expect, it } from 'vitest';
import type { ImportInspection } from '../../../../shared/ipc/import';
import { bytesToBase64, toImportInputs } from './file-inputs';
import { buildStartRequest, summarize, type PreviewFile } from './import-request';

const field = (value: string | null, status: 'found' | 'proposed' | 'missing' = 'found') => ({
  value,
  confidence: status === 'found' ? 0.9 : 0.3,
  status,
});

function inspected(title: string, status: 'found' | 'proposed' = 'found'): ImportInspection {
  return {
    fileName: 'a.txt',
    format: 'text',
    draft: {
      title,
      category: 'Kinh tế',
      publishedAt: '2025-03-21T08:40:00+07:00',
      site: null,
      sourceUrl: null,
      author: null,
      lead: '',
      html: '<p>x</p>',
      text: 'x',
      captions: [],
      images: [],
    },
    fields: {
      title: field(title, status),
      publishedAt: field('2025-03-21T08:40:00+07:00'),
      site: field(null, 'missing'),
      category: field('Kinh tế'),
      author: field(null, 'missing'),
      lead: field(null, 'missing'),
      dateline: field(null, 'missing'),
      body: field('x'),
    },
    warnings: [],
    encoding: null,
  };
}

const file = (key: string, patch: Partial<PreviewFile> = {}): PreviewFile => ({
  key,
  name: `${key}.txt`,
  input: { path: `/tmp/${key}.txt` },
  inspection: inspected('Tiêu đề gốc'),
  error: null,
  edits: {},
  ...patch,
});

describe('the start request built from the preview', () => {
  it('sends no overrides for files left untouched', () => {
    expect(buildStartRequest([file('a'), file('b')], 'skip')).toEqual({
      files: [
        { key: 'a', file: { path: '/tmp/a.txt' } },
        { key: 'b', file: { path: '/tmp/b.txt' } },
      ],
      duplicateMode: 'skip',
    });
  });

  it('sends only the corrected fields, the chosen encoding and the per-file duplicate choice', () => {
    const edited = file('a', {
      edits: { title: 'Tiêu đề đã sửa', category: 'Kinh tế', author: 'Lê Thu Hà' },
      encoding: 'vni',
      duplicateMode: 'replace',
    });
    expect(buildStartRequest([edited], 'keep').overrides).toEqual({
      a: {
        encoding: 'vni',
        duplicateMode: 'replace',
        fields: { title: 'Tiêu đề đã sửa', author: 'Lê Thu Hà' },
      },
    });
  });

  it('confirms a proposed title the person saw and kept', () => {
    const proposedTitle = file('p', { inspection: inspected('Câu đầu tiên của bài', 'proposed') });
    expect(buildStartRequest([proposedTitle], 'skip').overrides).toEqual({
      p: { fields: { title: 'Câu đầu tiên của bài' } },
    });
  });

  it('leaves out files that could not be read', () => {
    expect(
      buildStartRequest(
        [file('ok'), file('bad', { error: 'Tệp rỗng', inspection: null })],
        'skip',
      ).files.map((f) => f.key),
    ).toEqual(['ok']);
  });

  it('summarizes a report', () => {
    expect(
      summarize([
        { outcome: 'imported' },
        { outcome: 'kept-both' },
        { outcome: 'skipped-duplicate' },
        { outcome: 'failed' },
      ]),
    ).toEqual({ imported: 2, skipped: 1, failed: 1 });
  });
});

describe('files chosen in the page', () => {
  it('uploads contents as base64 in the browser, and sends paths in Electron', async () => {
    const text = 'Hội nghị giao ban';
    const f = new File([text], 'tin.txt');
    const [uploaded] = await toImportInputs([f]);
    expect(uploaded).toMatchObject({
      name: 'tin.txt',
      input: { name: 'tin.txt', base64: Buffer.from(text).toString('base64') },
    });
    const [byPath] = await toImportInputs([f], () => '/home/vp/tin.txt');
    expect(byPath).toMatchObject({ input: { path: '/home/vp/tin.txt' } });
  });

  it('refuses an upload over the cap without reading it', async () => {
    const big = new File([new Uint8Array(31 * 1024 * 1024)], 'lon.txt');
    const [picked] = await toImportInputs([big]);
    expect(picked).toMatchObject({ name: 'lon.txt', error: 'too-large' });
  });

  it('encodes large byte arrays without overflowing the call stack', () => {
    const bytes = new Uint8Array(300_000).map((_, i) => i % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
