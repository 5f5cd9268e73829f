import type { ReportLayout } from '../../../../shared/report/report';

/** Word measures in twentieths of a point (DXA); 1 mm = 56.7 DXA, 1 cm = 567. */
export const mm = (value: number) => Math.round((value * 1440) / 25.4);
/** docx sizes are half-points. */
export const halfPt = (pt: number) => Math.round(pt * 2);

export const A4 = { width: mm(210), height: mm(297) } as const;

export type PageMargins = { top: number; bottom: number; left: number; right: number };

/**
 * Margins in mm, inside the ranges of each rule book: NĐ 30/2020 (top and bottom 20–25, left
 * 30–35, right 15–20) and Hướng dẫn 36-HD/VPTW for Party documents (25/25/35/15). 'plain' uses
 * the decree's page too, so a plain report still passes at the văn thư.
 */
export const MARGINS_MM: Record<ReportLayout, PageMargins> = {
  nd30: { top: 20, bottom: 20, left: 30, right: 20 },
  party: { top: 25, bottom: 25, left: 35, right: 15 },
  plain: { top: 20, bottom: 20, left: 30, right: 20 },
};

/** Header distance: the page number sits 10 mm from the top edge, centred (Party rule and Word's usual). */
export const HEADER_DISTANCE_MM = 10;

export function textWidth(layout: ReportLayout): number {
  const margins = MARGINS_MM[layout];
  return A4.width - mm(margins.left) - mm(margins.right);
}

/** Point sizes per element, NĐ 30/2020 Phụ lục I (§3 of the rule book), inside each range. */
export const SIZE_PT = {
  body: 14,
  quocHieu: 12,
  tieuNgu: 13,
  parentAgency: 12,
  agency: 12,
  number: 13,
  dateLine: 14,
  typeName: 14,
  summary: 14,
  congVanSummary: 12,
  kinhGui: 14,
  signer: 14,
  noiNhanLabel: 12,
  noiNhanItem: 11,
  pageNumber: 14,
  footnote: 10,
  partyName: 15,
} as const;

/** Body paragraphs: first line 1.27 cm, 6 pt after, single line spacing (the decree allows up to 1.5). */
export const BODY = { firstLine: 720, after: 120, line: 240 } as const;

/** One indent level of the editor (attrs.indent), 1.27 cm. */
export const INDENT_STEP = 720;

export const FONT = 'Times New Roman';
