import { DOCUMENT_TYPE_INFO, type ReportFields } from './fields';
import type { ReportLayout } from './report';

/**
 * The numbers of Nghị định 30/2020/NĐ-CP, Phụ lục I (and Hướng dẫn 36-HD/VPTW for the Party
 * layout) in one place: the print layout (HTML/PDF) and the .docx builder both read them, so the
 * two outputs cannot drift apart. Lengths in millimetres, font sizes in points.
 */

export const PAGE_MM = { width: 210, height: 297 } as const;

export type PageMargins = { top: number; bottom: number; left: number; right: number };

/** Inside the decree's ranges (top/bottom 20–25, left 30–35, right 15–20); Party: HD 36-HD/VPTW. */
export const MARGINS_MM: Record<ReportLayout, PageMargins> = {
  nd30: { top: 20, bottom: 20, left: 30, right: 15 },
  plain: { top: 20, bottom: 20, left: 30, right: 15 },
  party: { top: 25, bottom: 25, left: 35, right: 15 },
};

/** Distance of the page number from the top edge of the page. */
export const PAGE_NUMBER_FROM_TOP_MM = 10;

/** Times New Roman where the system has it; Tinos (bundled, metric-compatible) otherwise. */
export const FONT_FAMILY = 'Times New Roman';
export const FALLBACK_FONT_FAMILY = 'Tinos';

/** Per-element sizes (pt), the decree's sample column of the Mục V table (nd30.md §3). */
export const FONT_PT = {
  quocHieu: 12,
  tieuNgu: 13,
  parentAgency: 12,
  agency: 12,
  number: 13,
  placeDate: 13,
  typeName: 14,
  summary: 14,
  congVanSummary: 12,
  kinhGui: 14,
  body: 14,
  signer: 14,
  noiNhanLabel: 12,
  noiNhanList: 11,
  pageNumber: 13,
} as const;

/** Body paragraphs: justified, first line indented, ≥ 6 pt after, line spacing single to 1.5. */
export const BODY = {
  firstLineIndentCm: 1.27,
  /** One indent level of the editor's indent attribute. */
  indentStepCm: 1.27,
  spaceAfterPt: 6,
  /** CSS line-height multiple; about Word's "single" for Times New Roman (its own line gap). */
  lineHeight: 1.15,
  /** Word's w:spacing line value for "single". */
  lineTwips: 240,
} as const;

/** Header and signer blocks: two borderless columns (Mẫu 1.4), widths in % of the text area. */
export const COLUMNS_PERCENT = { left: 45, right: 55 } as const;

/** Rules drawn under the agency and the trích yếu: this share of the text's width, centred. */
export const SHORT_RULE_SHARE = 0.4;
/** Rule width in points. */
export const RULE_PT = 0.75;

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
export const PARTY_TITLE = 'ĐẢNG CỘNG SẢN VIỆT NAM';
export const CLOSING_MARK = './.';

/** Blank left for a number or a day written in by hand at signing. */
export const BLANK = '      ';
const SHORT_BLANK = '    ';

export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const cmToTwip = (cm: number): number => mmToTwip(cm * 10);
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);

/** "07": numbers below 10 get a leading zero ([PL1] II.3.c). */
export function padNumber(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Ký hiệu: "BC-VP"; a công văn has no type abbreviation ("VP"). */
export function symbolOf(fields: Pick<ReportFields, 'type' | 'agencyCode'>): string {
  const abbreviation = DOCUMENT_TYPE_INFO[fields.type].abbreviation;
  return [abbreviation, fields.agencyCode.trim()].filter(Boolean).join('-');
}

/** "Số: 07/BC-VP"; while drafting "Số:      /BC-VP". Party layout: "Số 07-BC/VP". */
export function numberLine(
  fields: Pick<ReportFields, 'type' | 'agencyCode' | 'number'>,
  layout: ReportLayout = 'nd30',
): string {
  const n = fields.number === null ? BLANK : padNumber(fields.number);
  const gap = fields.number === null ? '' : ' ';
  if (layout === 'party') {
    const abbreviation = DOCUMENT_TYPE_INFO[fields.type].abbreviation;
    const code = fields.agencyCode.trim();
    return `Số${gap}${n}${abbreviation ? `-${abbreviation}` : ''}${code ? `/${code}` : ''}`;
  }
  const symbol = symbolOf(fields);
  return `Số:${gap}${n}${symbol ? `/${symbol}` : ''}`;
}

/**
 * "Kiên Giang, ngày 05 tháng 02 năm 2026": days below 10 and months 1 and 2 get a leading zero
 * ([PL1] II.4.c). Without a date the day and month stay blank for signing, in `fallbackYear`.
 */
export function placeDateLine(
  fields: Pick<ReportFields, 'place' | 'date'>,
  fallbackYear: number,
): string {
  const place = fields.place.trim();
  let when: string;
  if (fields.date === null) {
    when = `ngày${SHORT_BLANK}tháng${SHORT_BLANK}năm ${fallbackYear}`;
  } else {
    const [y, m, d] = fields.date.split('-').map(Number) as [number, number, number];
    const month = m <= 2 ? padNumber(m) : String(m);
    when = `ngày ${padNumber(d)} tháng ${month} năm ${y}`;
  }
  return place ? `${place}, ${when}` : when;
}

/** The trích yếu line of a công văn: "V/v …" (the prefix is added when the user left it out). */
export function congVanSummary(summary: string): string {
  const text = summary.trim();
  if (!text) return '';
  return /^v\/v\b/i.test(text) ? text : `V/v ${text}`;
}

/** Lines of "Nơi nhận": "- Như trên;" … the last one ends with "." ([PL1] II.9.d). */
export function recipientLines(recipients: readonly string[]): string[] {
  const items = recipients.map((r) => r.trim().replace(/[;.,]+$/, '')).filter(Boolean);
  return items.map((item, i) => `- ${item}${i === items.length - 1 ? '.' : ';'}`);
}

/** "Kính gửi:" lines: one addressee on the same line ending with "."; several, one per line with "-", ";" and a final ".". */
export function addresseeLines(addressees: readonly string[]): string[] {
  const items = addressees.map((a) => a.trim().replace(/[;.,]+$/, '')).filter(Boolean);
  if (items.length === 1) return [`${items[0]}.`];
  return items.map((item, i) => `- ${item}${i === items.length - 1 ? '.' : ';'}`);
}
