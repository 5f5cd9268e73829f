import { describe, expect, it } from 'vitest';
import {
  lieAboutSize,
  makeDocx,
  tinyPng,
  type DocxBlock,
} from '../../../test-support/fixtures/import/make-docx';
import { importDocx } from './docx-importer';
import { dryMediaSink } from './html-images';

const report: DocxBlock[] = [
  { kind: 'title', text: 'Báo cáo tình hình thực hiện nhiệm vụ quý III năm 2025' },
  { kind: 'paragraph', text: 'Lâm Hà, ngày 28 tháng 9 năm 2025' },
  { kind: 'heading1', text: 'I. Kết quả đạt được' },
  {
    kind: 'paragraph',
    text: 'Trong quý III, các cơ quan, đơn vị đã hoàn thành phần lớn nhiệm vụ được giao.',
  },
  {
    kind: 'bullets',
    items: ['Giải ngân vốn đầu tư công đạt 68%', 'Thu ngân sách đạt 75% dự toán'],
  },
  {
    kind: 'table',
    rows: [
      ['Chỉ tiêu', 'Kết quả'],
      ['Hồ sơ trực tuyến', '12.400'],
    ],
  },
  { kind: 'image', png: tinyPng(), descr: 'Biểu đồ thu ngân sách' },
];

describe('DOCX', () => {
  it('keeps headings, lists, tables and images; takes the title and the administrative date', async () => {
    const { draft, fields } = await importDocx(
      await makeDocx(report),
      'bao-cao.docx',
      dryMediaSink,
    );
    expect(draft.title).toBe('Báo cáo tình hình thực hiện nhiệm vụ quý III năm 2025');
    expect(fields.title.status).toBe('found');
    expect(draft.publishedAt).toBe('2025-09-28T00:00:00+07:00');
    expect(draft.html).toContain('<h2>I. Kết quả đạt được</h2>');
    expect(draft.html).toMatch(
      /<ul><li>Giải ngân vốn đầu tư công đạt 68%<\/li><li>Thu ngân sách đạt 75% dự toán<\/li><\/ul>/,
    );
    expect(draft.html).toMatch(/<table>.*Hồ sơ trực tuyến.*12\.400.*<\/table>/s);
    expect(draft.images).toEqual([
      {
        media: await dryMediaSink(tinyPng(), 'png'),
        caption: null,
        alt: 'Biểu đồ thu ngân sách',
        originalSrc: 'docx-image:1',
      },
    ]);
    expect(draft.html).toContain(`src="${draft.images[0].media}"`);
    expect(draft.text).toContain('Hồ sơ trực tuyến | 12.400');
    expect(draft.html).not.toContain('Báo cáo tình hình thực hiện nhiệm vụ quý III năm 2025');
  });

  it('a document without a title style: title reported missing, first sentence proposed', async () => {
    const docx = await makeDocx([
      {
        kind: 'paragraph',
        text: 'Kính gửi các phòng, ban chuyên môn. Đề nghị báo cáo trước ngày 05 hằng tháng.',
      },
    ]);
    const { fields, warnings } = await importDocx(docx, 'cong-van.docx', dryMediaSink);
    expect(fields.title).toMatchObject({
      status: 'proposed',
      value: 'Kính gửi các phòng, ban chuyên môn',
    });
    expect(warnings.map((w) => w.code)).toContain('title-missing');
  });

  it('refuses a file that is not a zip, with a clear code', async () => {
    await expect(
      importDocx(
        Buffer.from('This is plain text pretending to be Word.'),
        'gia.docx',
        dryMediaSink,
      ),
    ).rejects.toMatchObject({ code: 'unsupported-file' });
  });

  it('refuses a zip that is not a Word document', async () => {
    const yazl = await import('yazl');
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from('hello'), 'readme.txt');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    await expect(
      importDocx(Buffer.concat(chunks), 'khong-phai-word.docx', dryMediaSink),
    ).rejects.toMatchObject({ code: 'unsupported-file' });
  });

  it('refuses a zip bomb whose entry unpacks hundreds of times its size', async () => {
    const bomb = await makeDocx(
      [{ kind: 'paragraph', text: 'Nội dung' }],
      [{ name: 'word/media/padding.bin', zeros: 64 * 1024 * 1024 }],
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(importDocx(bomb, 'bom.docx', dryMediaSink)).rejects.toMatchObject({
      code: 'unsafe-archive',
    });
  });

  it('refuses a zip bomb that lies about its unpacked size in the directory', async () => {
    const honest = await makeDocx(
      [{ kind: 'paragraph', text: 'Nội dung' }],
      [{ name: 'word/media/padding.bin', zeros: 900 * 1024 }],
    );
    const lying = lieAboutSize(honest, 'word/media/padding.bin', 1000);
    await expect(importDocx(lying, 'bom-gian.docx', dryMediaSink)).rejects.toMatchObject({
      code: 'unsafe-archive',
    });
  });
});
