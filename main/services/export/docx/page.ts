import {
  BODY as ND30_BODY,
  cmToTwip,
  FONT_FAMILY,
  FONT_PT,
  MARGINS_MM,
  mmToTwip,
  PAGE_MM,
  PAGE_NUMBER_FROM_TOP_MM,
  ptToHalfPoints,
} from '../../../../shared/report/nd30';
import type { ReportLayout } from '../../../../shared/report/report';

/**
 * The decree's numbers (shared/report/nd30.ts, the same the print layout and PDF use) in Word's
 * units: twentieths of a point (DXA) for lengths, half-points for font sizes.
 */
export const mm = mmToTwip;
export const halfPt = ptToHalfPoints;

export const A4 = { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height) } as const;
export { MARGINS_MM };

/** The page number's header sits this far from the top edge. */
export const HEADER_DISTANCE_MM = PAGE_NUMBER_FROM_TOP_MM;

export function textWidth(layout: ReportLayout): number {
  const margins = MARGINS_MM[layout];
  return A4.width - mm(margins.left) - mm(margins.right);
}

/** Point sizes per element (rule book §3), from the shared constants. */
export const SIZE_PT = {
  body: FONT_PT.body,
  quocHieu: FONT_PT.quocHieu,
  tieuNgu: FONT_PT.tieuNgu,
  parentAgency: FONT_PT.parentAgency,
  agency: FONT_PT.agency,
  number: FONT_PT.number,
  dateLine: FONT_PT.placeDate,
  typeName: FONT_PT.typeName,
  summary: FONT_PT.summary,
  congVanSummary: FONT_PT.congVanSummary,
  kinhGui: FONT_PT.kinhGui,
  signer: FONT_PT.signer,
  noiNhanLabel: FONT_PT.noiNhanLabel,
  noiNhanItem: FONT_PT.noiNhanList,
  pageNumber: FONT_PT.pageNumber,
  footnote: 10,
  partyName: FONT_PT.quocHieu + 1,
} as const;

/** Body paragraphs: first line 1.27 cm, 6 pt after, single line spacing (the decree allows up to 1.5). */
export const BODY = {
  firstLine: cmToTwip(ND30_BODY.firstLineIndentCm),
  after: ND30_BODY.spaceAfterPt * 20,
  line: ND30_BODY.lineTwips,
} as const;

/** One indent level of the editor (attrs.indent). */
export const INDENT_STEP = cmToTwip(ND30_BODY.indentStepCm);

export const FONT = FONT_FAMILY;
