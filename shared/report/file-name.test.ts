import { describe, expect, it } from 'vitest';
import { FILE_NAME_MAX, reportFileName } from './file-name';

describe('reportFileName', () => {
  it('names the file by type, number and summary, without marks', () => {
    expect(
      reportFileName(
        { type: 'bao-cao', number: 7, summary: 'Tình hình thực hiện nhiệm vụ tháng 01 năm 2026' },
        'docx',
      ),
    ).toBe('BC 07 Tinh hinh thuc hien nhiem vu thang 01 nam 2026.docx');
    expect(
      reportFileName({ type: 'to-trinh', number: null, summary: 'Đề nghị phê duyệt' }, 'pdf'),
    ).toBe('TTr De nghi phe duyet.pdf');
    expect(
      reportFileName({ type: 'cong-van', number: 12, summary: 'V/v nâng lương' }, 'docx'),
    ).toBe('CV 12 nang luong.docx');
  });

  it('drops the characters Windows forbids and trailing dots', () => {
    const name = reportFileName(
      { type: 'bao-cao', number: 1, summary: 'A<b>:c"d/e\\f|g?h*i.\u0007 ...' },
      'docx',
    );
    expect(name).toBe('BC 01 A b c d e f g h i.docx');
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
  });

  it('never passes 120 characters and cuts at a word', () => {
    const name = reportFileName(
      { type: 'ke-hoach', number: 3, summary: 'Tổ chức hội nghị '.repeat(40) },
      'docx',
    );
    expect(name.length).toBeLessThanOrEqual(FILE_NAME_MAX);
    expect(name).toMatch(/^KH 03 To chuc hoi nghi .*[a-z]\.docx$/);
  });

  it('still gives a name for an empty summary', () => {
    expect(reportFileName({ type: 'thong-bao', number: null, summary: '' }, 'html')).toBe(
      'TB.html',
    );
  });
});
