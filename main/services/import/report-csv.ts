import type { ImportReportRow } from '../../../shared/ipc/import';
import type { Language } from '../../../shared/settings';
import { errorMessage } from '../../../shared/i18n/resources';

const HEADERS: Record<Language, string[]> = {
  vi: ['Tệp', 'Kết quả', 'Tiêu đề', 'Mã bài', 'Lý do'],
  en: ['File', 'Outcome', 'Title', 'Article id', 'Reason'],
};

const OUTCOMES: Record<Language, Record<ImportReportRow['outcome'], string>> = {
  vi: {
    imported: 'Đã nhập',
    replaced: 'Đã thay thế',
    'kept-both': 'Đã nhập (giữ cả hai)',
    'skipped-duplicate': 'Bỏ qua (trùng)',
    failed: 'Lỗi',
  },
  en: {
    imported: 'Imported',
    replaced: 'Replaced',
    'kept-both': 'Imported (kept both)',
    'skipped-duplicate': 'Skipped (duplicate)',
    failed: 'Failed',
  },
};

/** A cell that a spreadsheet will not read as a formula, quoted as RFC 4180 wants. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The per-file report as CSV, with a BOM so Excel opens the Vietnamese text as UTF-8. */
export function reportToCsv(rows: ImportReportRow[], language: Language): string {
  const lines = [HEADERS[language].map(cell).join(',')];
  for (const row of rows) {
    const reason = row.errorCode
      ? `${errorMessage(row.errorCode, language)}${row.reason ? ` (${row.reason})` : ''}`
      : '';
    lines.push(
      [row.file, OUTCOMES[language][row.outcome], row.title ?? '', row.articleId ?? '', reason]
        .map(cell)
        .join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
