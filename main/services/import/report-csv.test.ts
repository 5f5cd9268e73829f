import { describe, expect, it } from 'vitest';
import { reportToCsv } from './report-csv';

describe('the import report as CSV', () => {
  it('exports the report as CSV a spreadsheet opens safely', () => {
    const csv = reportToCsv(
      [
        {
          file: 'a.txt',
          outcome: 'imported',
          articleId: 'id1',
          title: 'Tin "một"',
          errorCode: null,
          reason: null,
        },
        {
          file: '=cmd|calc.txt',
          outcome: 'failed',
          articleId: null,
          title: null,
          errorCode: 'file-too-large',
          reason: '100.0 MB > 20.0 MB',
        },
      ],
      'vi',
    );
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('"Tệp","Kết quả","Tiêu đề","Mã bài","Lý do"');
    expect(lines[1]).toBe('"a.txt","Đã nhập","Tin ""một""","id1",""');
    expect(lines[2]).toBe(
      `"'=cmd|calc.txt","Lỗi","","","Tệp quá lớn để nhập. (100.0 MB > 20.0 MB)"`,
    );
  });
});
