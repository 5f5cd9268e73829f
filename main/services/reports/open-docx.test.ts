import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docText, type DocNode } from '../../../shared/report/document';
import { DOCUMENT_TYPES } from '../../../shared/report/fields';
import { makeDocx, tinyPng } from '../../../test-support/fixtures/import/make-docx';
import { makeNd30Docx, SO_BAO_CAO } from '../../../test-support/nd30-docx';
import {
  expectedRealDocx,
  hasRealDocx,
  readRealDocx,
  REAL_DOCX_SKIP_NOTE,
} from '../../../test-support/real-docx';
import { para, SAMPLE_BODY, SAMPLE_FIELDS, text } from '../../../test-support/sample-report';
import { openTestServices, type TestServices } from '../../../test-support/test-services';
import { buildDocx } from '../export/docx';
import { openDocxReport } from './open-docx';

let t: TestServices | undefined;
afterEach(async () => {
  await t?.remove();
  t = undefined;
});
async function services() {
  t = await openTestServices();
  return t.services;
}
const mediaDir = () => path.join(t!.paths.archiveDir, 'media');

describe('Opening a Word document as a report', () => {
  it('reads the header, title, Kính gửi and signer into the fields, and the rest into the body', async () => {
    const { reports } = await services();
    const { report, nd30 } = await openDocxReport(
      reports,
      await makeNd30Docx(SO_BAO_CAO),
      'bc.docx',
    );
    expect(nd30).not.toBeNull();
    expect(report.meta.layout).toBe('nd30');
    expect(report.fields).toMatchObject({
      type: 'bao-cao',
      parentAgency: 'UBND TỈNH KIÊN GIANG',
      agency: 'SỞ NỘI VỤ',
      agencyCode: 'SNV',
      number: null,
      place: 'Kiên Giang',
      date: null,
      summary: 'Kết quả thực hiện cải cách hành chính 6 tháng đầu năm 2026',
      addressees: ['Ủy ban nhân dân tỉnh', 'Bộ Nội vụ'],
      recipients: ['Như trên', 'Giám đốc Sở', 'Lưu: VT, CCHC'],
      signerAuthority: 'KT. GIÁM ĐỐC',
      signerTitle: 'PHÓ GIÁM ĐỐC',
      signerName: 'Nguyễn Văn An',
    });
    const body = docText(report.content);
    expect(body.split('\n')).toEqual(SO_BAO_CAO.body);
    expect(report.meta.title).toBe(report.fields.summary);
    const stored = await reports.get(report.meta.id);
    expect(stored.report?.fields).toEqual(report.fields);
  });

  it('round trip: a report exported to Word and opened again has the same fields and text', async () => {
    const { reports } = await services();
    const original = await reports.create({
      fields: { ...SAMPLE_FIELDS, addressees: ['Ủy ban nhân dân tỉnh', 'Sở Nội vụ'] },
      content: SAMPLE_BODY,
    });
    const bytes = await buildDocx(original, { mediaDir: mediaDir(), citationStyle: 'inline' });
    const { report } = await openDocxReport(reports, bytes, 'bao-cao.docx');
    expect(report.fields).toEqual(original.fields);
    expect(report.meta.layout).toBe('nd30');
    expect(docText(report.content)).toBe(docText(original.content));
    const types = (doc: DocNode) => (doc.content ?? []).map((n) => n.type);
    expect(types(report.content)).toEqual(types(original.content));
    // The body keeps the decree's look: justified, first line indented (mammoth alone drops both).
    const paragraphs = (report.content.content ?? []).filter((n) => n.type === 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const p of paragraphs)
      expect(p.attrs).toMatchObject({ firstLineIndent: true, textAlign: 'justify' });
  });

  it.each(DOCUMENT_TYPES)(
    'round trip of a %s with empty optional fields and a blank number and date',
    async (type) => {
      const { reports } = await services();
      const original = await reports.create({
        fields: {
          ...SAMPLE_FIELDS,
          type,
          parentAgency: undefined,
          number: null,
          date: null,
          addressees: [],
          signerAuthority: '',
          summary: type === 'cong-van' ? 'V/v báo cáo tình hình tháng 01' : SAMPLE_FIELDS.summary,
        },
        content: { type: 'doc', content: [para(text('Nội dung chính của văn bản./.'))] },
      });
      const bytes = await buildDocx(original, { mediaDir: mediaDir(), citationStyle: 'inline' });
      const { report } = await openDocxReport(reports, bytes, 'x.docx');
      expect(report.fields).toEqual(original.fields);
      expect(docText(report.content)).toBe('Nội dung chính của văn bản./.');
    },
  );

  it('keeps images: stored in the archive media and placed in the body', async () => {
    const { reports } = await services();
    const image = await reports.putMedia('a.png', tinyPng().toString('base64'));
    const original = await reports.create({
      fields: SAMPLE_FIELDS,
      content: {
        type: 'doc',
        content: [
          para(text('Trước ảnh')),
          { type: 'image', attrs: { src: image.src, alt: 'Biểu đồ' } },
        ],
      },
    });
    const bytes = await buildDocx(original, { mediaDir: mediaDir(), citationStyle: 'inline' });
    const { report } = await openDocxReport(reports, bytes, 'anh.docx');
    expect(JSON.stringify(report.content)).toContain(image.src);
  });

  it('opens a document without the decree header whole, as a plain report', async () => {
    const { reports } = await services();
    const docx = await makeDocx([
      { kind: 'heading1', text: 'Ghi chú cuộc họp' },
      { kind: 'paragraph', text: 'Nội dung thảo luận.' },
    ]);
    const { report, nd30 } = await openDocxReport(reports, docx, 'ghi-chu.docx');
    expect(nd30).toBeNull();
    expect(report.meta.layout).toBe('plain');
    expect(report.meta.title).toBe('ghi-chu');
    expect(docText(report.content)).toBe('Ghi chú cuộc họp\nNội dung thảo luận.');
  });

  it('refuses a file that is not a Word zip and a zip bomb with a clear code, creating nothing', async () => {
    const { reports } = await services();
    await expect(
      openDocxReport(reports, Buffer.from('văn bản thường'), 'gia.docx'),
    ).rejects.toMatchObject({
      code: 'unsupported-file',
    });
    const bomb = await makeDocx(
      [{ kind: 'paragraph', text: 'x' }],
      [{ name: 'word/media/pad.bin', zeros: 64 * 1024 * 1024 }],
    );
    await expect(openDocxReport(reports, bomb, 'bom.docx')).rejects.toMatchObject({
      code: 'unsafe-archive',
    });
    await expect(openDocxReport(reports, new Uint8Array(0), 'rong.docx')).rejects.toMatchObject({
      code: 'empty-file',
    });
    expect(await reports.list()).toEqual([]);
  });

  it('reports.openDocx channel: base64 in, the new report and whether its layout was recognized out', async () => {
    await services();
    const base64 = (await makeNd30Docx(SO_BAO_CAO)).toString('base64');
    const { report, recognized } = await t!.table['reports.openDocx']({
      name: 'C:\\Users\\vt\\bc.docx',
      base64,
    });
    expect(recognized).toBe(true);
    expect(report.fields.agency).toBe('SỞ NỘI VỤ');
    expect((await t!.services.reports.list()).map((r) => r.id)).toEqual([report.meta.id]);
  });
});

describe(`Opening the real documents${REAL_DOCX_SKIP_NOTE}`, () => {
  for (const want of hasRealDocx
    ? expectedRealDocx()
    : [{ file: 'none', type: '' } as ReturnType<typeof expectedRealDocx>[number]]) {
    it.skipIf(!hasRealDocx)(
      `${want.file}: fields as printed, body without the header and signer blocks`,
      async () => {
        const { reports } = await services();
        const { report } = await openDocxReport(reports, readRealDocx(want.file), want.file);
        const body = docText(report.content);
        if (!(DOCUMENT_TYPES as readonly string[]).includes(want.type)) {
          // A quyết định is not a report type: opened whole, nothing lost.
          expect(report.meta.layout).toBe('plain');
          expect(body).toContain(want.signerName);
          return;
        }
        expect(report.fields).toMatchObject({
          type: want.type,
          agency: want.agency,
          place: want.place,
          summary: want.summary.replace(/\s+/g, ' ').trim(),
          addressees: want.addressees,
          recipients: want.recipients,
          signerAuthority: want.signerAuthority ?? '',
          signerTitle: want.signerTitle,
          signerName: want.signerName,
        });
        expect(report.fields.parentAgency).toBe(want.parentAgency ?? undefined);
        expect(body.length).toBeGreaterThan(200);
        expect(body).not.toContain('CỘNG HÒA XÃ HỘI');
        expect(body).not.toContain('Nơi nhận');
      },
    );
  }
});
