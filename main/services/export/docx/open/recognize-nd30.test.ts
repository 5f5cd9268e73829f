import { describe, expect, it } from 'vitest';
import { makeNd30Docx, SO_BAO_CAO, UBND_CONG_VAN } from '../../../../../test-support/nd30-docx';
import { makeDocx } from '../../../../../test-support/fixtures/import/make-docx';
import { sampleReport } from '../../../../../test-support/sample-report';
import { buildDocx } from '../index';
import { listItems, parseDateLine, parseNumberLine, parseSigner } from './nd30-lines';
import { readDocx } from './read-docx';

describe('ND30 lines', () => {
  it('reads number lines with and without a number, spaces round the hyphen kept as printed', () => {
    expect(parseNumberLine('Số: 07/BC-VP')).toMatchObject({
      number: 7,
      symbol: 'BC-VP',
      agencyCode: 'VP',
      kind: 'bao-cao',
    });
    expect(parseNumberLine('Số:      /TTr - SCT')).toMatchObject({
      line: 'Số: /TTr - SCT',
      number: null,
      symbol: 'TTr - SCT',
      agencyCode: 'SCT',
    });
    expect(parseNumberLine('Số: 12/UBND-KT')).toMatchObject({
      number: 12,
      agencyCode: 'UBND-KT',
      kind: null,
    });
    expect(parseNumberLine('Sở Công Thương')).toBeNull();
  });

  it('reads date lines, full or with the day and month left blank', () => {
    expect(parseDateLine('Kiên Giang, ngày 05 tháng 02 năm 2026')).toMatchObject({
      place: 'Kiên Giang',
      date: '2026-02-05',
      year: 2026,
    });
    expect(parseDateLine('  Lào Cai, ngày        tháng 6 năm 2026')).toMatchObject({
      place: 'Lào Cai',
      date: null,
      year: 2026,
      month: 6,
    });
    expect(parseDateLine('Lào Cai, ngày tháng năm 2026')).toMatchObject({
      date: null,
      year: 2026,
      month: null,
    });
    expect(parseDateLine('Kiên Giang, ngày 30 tháng 02 năm 2026')).toMatchObject({
      date: null,
      year: 2026,
    });
  });

  it('joins a wrapped list item and drops the ";" and "."', () => {
    expect(
      listItems(['- Như trên;', '- Các sở: Tài chính, ', 'Xây dựng;', '- Lưu: VT, TH.']),
    ).toEqual(['Như trên', 'Các sở: Tài chính, Xây dựng', 'Lưu: VT, TH']);
  });

  it('splits the signer block into authority, title and name, skipping "(Đã ký)"', () => {
    expect(
      parseSigner([
        'TL. CHỦ TỊCH',
        'KT. CHÁNH VĂN PHÒNG',
        'PHÓ CHÁNH VĂN PHÒNG',
        '(Đã ký)',
        '',
        'Hoàng Ngọc Bích',
      ]),
    ).toEqual({
      authority: 'TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG',
      title: 'PHÓ CHÁNH VĂN PHÒNG',
      name: 'Hoàng Ngọc Bích',
    });
    expect(parseSigner(['GIÁM ĐỐC', 'Hoàng Chí Hiền'])).toEqual({
      authority: null,
      title: 'GIÁM ĐỐC',
      name: 'Hoàng Chí Hiền',
    });
  });
});

describe('ND30 recognition of Word files in the shapes offices send', () => {
  it('a Sở báo cáo: chủ quản and agency, blank number and day, two-line trích yếu, Kính gửi table, signer', async () => {
    const { nd30 } = await readDocx(await makeNd30Docx(SO_BAO_CAO), 'bc.docx');
    expect(nd30).toMatchObject({
      kind: 'bao-cao',
      type: 'bao-cao',
      typeName: 'BÁO CÁO',
      parentAgency: 'UBND TỈNH KIÊN GIANG',
      agency: 'SỞ NỘI VỤ',
      number: { number: null, symbol: 'BC-SNV', agencyCode: 'SNV' },
      date: { place: 'Kiên Giang', date: null, year: 2026, month: 6 },
      summary: 'Kết quả thực hiện cải cách hành chính 6 tháng đầu năm 2026',
      addressees: ['Ủy ban nhân dân tỉnh', 'Bộ Nội vụ'],
      recipients: ['Như trên', 'Giám đốc Sở', 'Lưu: VT, CCHC'],
      signerAuthority: 'KT. GIÁM ĐỐC',
      signerTitle: 'PHÓ GIÁM ĐỐC',
      signerName: 'Nguyễn Văn An',
      title: 'Báo cáo: Kết quả thực hiện cải cách hành chính 6 tháng đầu năm 2026',
    });
  });

  it('a UBND công văn: two-line agency without chủ quản, number and full date, V/v under the number', async () => {
    const { nd30 } = await readDocx(await makeNd30Docx(UBND_CONG_VAN), 'cv.docx');
    expect(nd30).toMatchObject({
      kind: 'cong-van',
      type: 'cong-van',
      typeName: null,
      parentAgency: null,
      agency: 'ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG',
      number: { number: 215, agencyCode: 'UBND-KT' },
      date: { date: '2026-02-09' },
      summary: 'V/v triển khai kế hoạch phát triển cụm công nghiệp năm 2026',
      addressees: ['Sở Công Thương'],
      signerAuthority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signerName: 'Lê Văn Bình',
    });
  });

  it('reads back what the exporter writes, for every part of the header and signer blocks', async () => {
    const report = sampleReport({ fields: { addressees: ['Ủy ban nhân dân tỉnh', 'Sở Nội vụ'] } });
    const { nd30 } = await readDocx(
      await buildDocx(report, { mediaDir: '/none', citationStyle: 'inline' }),
      'x.docx',
    );
    const f = report.fields;
    expect(nd30).toMatchObject({
      type: f.type,
      parentAgency: f.parentAgency,
      agency: f.agency,
      number: { number: f.number, agencyCode: f.agencyCode },
      date: { place: f.place, date: f.date },
      summary: f.summary,
      addressees: f.addressees,
      recipients: f.recipients,
      signerAuthority: f.signerAuthority,
      signerTitle: f.signerTitle,
      signerName: f.signerName,
    });
  });

  it('is null for a Word file without the decree header', async () => {
    const { nd30 } = await readDocx(
      await makeDocx([{ kind: 'paragraph', text: 'Ghi chú cuộc họp' }]),
      'n.docx',
    );
    expect(nd30).toBeNull();
  });

  it('refuses a file that is not a zip, and a zip bomb, with the importer guard codes', async () => {
    await expect(readDocx(Buffer.from('không phải Word'), 'gia.docx')).rejects.toMatchObject({
      code: 'unsupported-file',
    });
    const bomb = await makeDocx(
      [{ kind: 'paragraph', text: 'x' }],
      [{ name: 'word/media/pad.bin', zeros: 64 * 1024 * 1024 }],
    );
    await expect(readDocx(bomb, 'bom.docx')).rejects.toMatchObject({ code: 'unsafe-archive' });
  });
});
