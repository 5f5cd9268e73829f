import { DOCUMENT_TYPE_INFO, type ReportFields } from '../../../../shared/report/fields';

/**
 * The printed forms of the decree's fields (Phụ lục I, II.3–4): "Số: 07/BC-VP" with a leading
 * zero below 10, "Kiên Giang, ngày 05 tháng 02 năm 2026" with leading zeros for days below 10
 * and for months 1 and 2, and blanks a văn thư fills by hand while the report is a draft.
 */
export function symbolOf(fields: Pick<ReportFields, 'type' | 'agencyCode'>): string {
  return [DOCUMENT_TYPE_INFO[fields.type].abbreviation, fields.agencyCode.trim()]
    .filter(Boolean)
    .join('-');
}

export function numberLine(fields: Pick<ReportFields, 'type' | 'agencyCode' | 'number'>): string {
  // A draft leaves room for the number the văn thư writes in: "Số:      /BC-VP".
  if (fields.number === null) return `Số:      /${symbolOf(fields)}`;
  return `Số: ${String(fields.number).padStart(2, '0')}/${symbolOf(fields)}`;
}

export function dateLine(fields: Pick<ReportFields, 'place' | 'date'>, year: number): string {
  const place = fields.place.trim();
  const prefix = place ? `${place}, ` : '';
  if (!fields.date) return `${prefix}ngày    tháng    năm ${year}`;
  const [y, m, d] = fields.date.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${prefix}ngày ${day} tháng ${month} năm ${y}`;
}

/** Công văn: the trích yếu printed under the number as "V/v …". */
export function congVanSummary(summary: string): string {
  const text = summary.trim();
  return /^v\/v\b/i.test(text) ? text : `V/v ${text}`;
}

/** "- Như trên;" … "- Lưu: VT, TH." : one per line, ";" after each, "." after the last. */
export function listLines(items: string[]): string[] {
  const clean = items.map((item) => item.trim().replace(/[;.,]+$/, '')).filter(Boolean);
  return clean.map((item, i) => `- ${item}${i === clean.length - 1 ? '.' : ';'}`);
}

/** The signer's authority may hold two lines ("TL. CHỦ TỊCH" then "KT. CHÁNH VĂN PHÒNG"). */
export function authorityLines(authority: string): string[] {
  return authority
    .split(/\n|\s+(?=(?:TM|KT|Q|TL|TUQ)\.\s)/)
    .map((line) => line.trim())
    .filter(Boolean);
}
