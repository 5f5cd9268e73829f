import { describe, expect, it } from 'vitest';
import { EMPTY_DOC } from '../../../../shared/report/document';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_INFO } from '../../../../shared/report/fields';
import {
  all,
  bodyParagraphs,
  first,
  openDocxXml,
  textOf,
  runLook,
} from '../../../../test-support/docx-xml';
import { sampleReport, SAMPLE_FIELDS } from '../../../../test-support/sample-report';
import { buildDocx } from './index';

const build = (report = sampleReport(), citationStyle: 'inline' | 'footnote' = 'inline') =>
  buildDocx(report, { mediaDir: '/nonexistent', citationStyle, year: 2026 });

describe('buildDocx: fields', () => {
  it.each(DOCUMENT_TYPES)(
    '%s: the tên loại, ký hiệu and trích yếu in their place',
    async (type) => {
      const doc = (await openDocxXml(await build(sampleReport({ fields: { type } })))).part(
        'word/document.xml',
      );
      const texts = all(doc, 'w:p').map(textOf);
      const info = DOCUMENT_TYPE_INFO[type];
      const header = all(doc, 'w:tbl')[0]!;
      const headerTexts = all(header, 'w:p').map(textOf);
      if (info.name) {
        expect(texts).toContain(info.name);
        expect(headerTexts).toContain(`Số: 07/${info.abbreviation}-VP`);
        expect(bodyParagraphs(doc).map(textOf)).toContain(SAMPLE_FIELDS.summary);
      } else {
        expect(
          texts.filter((t) => ['BÁO CÁO', 'TỜ TRÌNH', 'KẾ HOẠCH', 'THÔNG BÁO'].includes(t)),
        ).toEqual([]);
        expect(headerTexts).toContain('Số: 07/VP');
        // The công văn's trích yếu sits under the number, in the left header cell, 12 pt upright.
        const cell = all(header, 'w:tc')[2]!;
        const vv = all(cell, 'w:p').find((p) => textOf(p).startsWith('V/v '))!;
        expect(textOf(vv)).toBe(`V/v ${SAMPLE_FIELDS.summary}`);
        expect(runLook(vv)).toMatchObject({ pt: 12, bold: false, italic: false });
      }
    },
  );

  it.each([
    [7, '2026-02-05', 'Số: 07/BC-VP', 'Kiên Giang, ngày 05 tháng 02 năm 2026'],
    [12, '2026-11-25', 'Số: 12/BC-VP', 'Kiên Giang, ngày 25 tháng 11 năm 2026'],
    [3, '2026-01-09', 'Số: 03/BC-VP', 'Kiên Giang, ngày 09 tháng 01 năm 2026'],
    [150, '2026-06-03', 'Số: 150/BC-VP', 'Kiên Giang, ngày 03 tháng 6 năm 2026'],
    [null, null, 'Số:      /BC-VP', 'Kiên Giang, ngày    tháng    năm 2026'],
  ])('number %s and date %s print as "%s" / "%s"', async (number, date, numberText, dateText) => {
    const doc = (await openDocxXml(await build(sampleReport({ fields: { number, date } })))).part(
      'word/document.xml',
    );
    const texts = all(doc, 'w:p').map(textOf);
    expect(texts).toContain(numberText);
    expect(texts).toContain(dateText);
  });

  it('leaves out the empty optional parts: no chủ quản line, no Kính gửi, no Nơi nhận', async () => {
    const report = sampleReport({
      fields: { parentAgency: undefined, addressees: [], recipients: [], signerAuthority: '' },
    });
    const doc = (await openDocxXml(await build(report))).part('word/document.xml');
    const texts = all(doc, 'w:p').map(textOf);
    expect(texts.some((t) => t.startsWith('Kính gửi'))).toBe(false);
    expect(texts).not.toContain('Nơi nhận:');
    expect(texts).not.toContain('UBND TỈNH KIÊN GIANG');
    expect(texts).toContain('VĂN PHÒNG');
    expect(texts).toContain('PHÓ CHÁNH VĂN PHÒNG');
  });

  it('lists several addressees one per line, ";" after each and "." after the last', async () => {
    const report = sampleReport({ fields: { addressees: ['Ủy ban nhân dân tỉnh', 'Sở Nội vụ'] } });
    const doc = (await openDocxXml(await build(report))).part('word/document.xml');
    const texts = all(doc, 'w:p').map(textOf);
    expect(texts).toContain('Kính gửi:\t- Ủy ban nhân dân tỉnh;');
    expect(texts).toContain('- Sở Nội vụ.');
  });

  it('still writes a valid document when the body and every field are empty', async () => {
    const report = sampleReport({
      content: EMPTY_DOC,
      fields: {
        parentAgency: undefined,
        agency: '',
        agencyCode: '',
        summary: '',
        place: '',
        number: null,
        date: null,
        addressees: [],
        recipients: [],
        signerAuthority: '',
        signerTitle: '',
        signerName: '',
      },
    });
    const xml = await openDocxXml(await build(report));
    expect(first(xml.part('word/document.xml'), 'w:sectPr')).not.toBeNull();
    const plain = await openDocxXml(
      await build(sampleReport({ content: { type: 'doc' }, layout: 'plain' })),
    );
    expect(all(plain.part('word/document.xml'), 'w:tbl')).toHaveLength(0);
    expect(bodyParagraphs(plain.part('word/document.xml')).length).toBeGreaterThanOrEqual(1);
  });
});
