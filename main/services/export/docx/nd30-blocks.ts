import { AlignmentType, Paragraph, TabStopType, TextRun, type Table } from 'docx';
import { DOCUMENT_TYPE_INFO, type ReportFields } from '../../../../shared/report/fields';
import type { ReportLayout } from '../../../../shared/report/report';
import { CELL_MARGINS, cellTextWidth, layoutTable, textLine } from './layout-table';
import {
  addresseeLines,
  COLUMNS_PERCENT,
  congVanSummary,
  numberLine,
  PARTY_TITLE,
  placeDateLine,
  QUOC_HIEU,
  recipientLines,
  SHORT_RULE_SHARE,
  TIEU_NGU,
} from '../../../../shared/report/nd30';
import { FONT, halfPt, SIZE_PT } from './page';
import { ruleParagraph, shortRule, textWidthDxa } from './rules';
import { authorityLines } from './signer-lines';

const upper = (text: string) => text.toLocaleUpperCase('vi');
const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Header columns as the print layout's (COLUMNS_PERCENT), except that the right one grows until
 * the Quốc hiệu fits on one line: the PDF keeps it on one line with nowrap, Word would wrap it.
 */
function headerWidths(textWidth: number): [number, number] {
  // Its estimated width, the cell's two margins and a little slack for the estimate.
  const quocHieu = textWidthDxa(QUOC_HIEU, SIZE_PT.quocHieu, true) + CELL_MARGINS + 170;
  const right = Math.max(Math.round((textWidth * COLUMNS_PERCENT.right) / 100), quocHieu);
  return [textWidth - right, right];
}

/** Ô 1–4 (and 5b for a công văn) of the decree: the two-column header as a borderless table. */
export function headerTable(
  fields: ReportFields,
  layout: ReportLayout,
  textWidth: number,
  year: number,
): Table {
  const [left, right] = headerWidths(textWidth);
  const leftText = cellTextWidth(left);
  const rightText = cellTextWidth(right);
  const agencyLines = lines(fields.agency).map(upper);
  const agencyCell: Paragraph[] = [
    ...lines(fields.parentAgency).map((line) =>
      textLine(upper(line), { size: layout === 'party' ? 14 : SIZE_PT.parentAgency }),
    ),
    ...agencyLines.map((line) =>
      textLine(line, { size: layout === 'party' ? 14 : SIZE_PT.agency, bold: true }),
    ),
  ];
  if (layout === 'party') agencyCell.push(textLine('*', { size: 14 }));
  else if (agencyLines.length)
    agencyCell.push(shortRule(agencyLines.join('\n'), SIZE_PT.agency, leftText));

  const motto: Paragraph[] =
    layout === 'party'
      ? [
          textLine(PARTY_TITLE, { size: SIZE_PT.partyName, bold: true }),
          ruleParagraph(textWidthDxa(PARTY_TITLE, SIZE_PT.partyName, true), rightText),
        ]
      : [
          textLine(QUOC_HIEU, { size: SIZE_PT.quocHieu, bold: true }),
          textLine(TIEU_NGU, { size: SIZE_PT.tieuNgu, bold: true }),
          ruleParagraph(textWidthDxa(TIEU_NGU, SIZE_PT.tieuNgu, true), rightText),
        ];

  const numberText = numberLine(fields, layout);
  const numberCell = [textLine(numberText, { size: SIZE_PT.number, before: 60 })];
  if (fields.type === 'cong-van' && fields.summary.trim()) {
    numberCell.push(
      textLine(congVanSummary(fields.summary), { size: SIZE_PT.congVanSummary, before: 120 }),
    );
  }
  const dateCell = [
    textLine(placeDateLine(fields, year), { size: SIZE_PT.dateLine, italic: true, before: 60 }),
  ];
  return layoutTable(
    [left, right],
    [
      [agencyCell, motto],
      [numberCell, dateCell],
    ],
  );
}

/** Ô 5a: tên loại and trích yếu centred, with the short rule under them (none for a công văn). */
export function titleBlock(fields: ReportFields, textWidth: number): Paragraph[] {
  const name = DOCUMENT_TYPE_INFO[fields.type].name;
  if (!name) return [new Paragraph({ spacing: { after: 120 } })];
  const summary = fields.summary.trim();
  const out = [textLine(name, { size: SIZE_PT.typeName, bold: true, before: 360 })];
  if (summary) {
    out.push(textLine(summary, { size: SIZE_PT.summary, bold: true }));
    const width = Math.min(textWidthDxa(summary, SIZE_PT.summary, true), textWidth);
    out.push(ruleParagraph(Math.max(567, Math.round(width * SHORT_RULE_SHARE)), textWidth));
  } else {
    out.push(ruleParagraph(1700, textWidth));
  }
  return out;
}

const KINH_GUI = 'Kính gửi:';

/** Ô 9a: one addressee on the label's line, centred; several under each other, aligned after the colon. */
export function kinhGuiBlock(addressees: string[]): Paragraph[] {
  const items = addresseeLines(addressees);
  if (items.length === 0) return [];
  const size = halfPt(SIZE_PT.kinhGui);
  const run = (text: string) => new TextRun({ text, font: FONT, size });
  if (items.length === 1) {
    const only = addressees
      .map((a) => a.trim())
      .find(Boolean)!
      .replace(/[;.,]+$/, '');
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 240 },
        children: [run(`${KINH_GUI} ${only}.`)],
      }),
    ];
  }
  const start = 1701;
  const label = textWidthDxa(`${KINH_GUI} `, SIZE_PT.kinhGui, false) + 60;
  return items.map(
    (item, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: { left: start + label, hanging: i === 0 ? label : 0 },
        tabStops: [{ type: TabStopType.LEFT, position: start + label }],
        spacing: { before: i === 0 ? 120 : 0, after: i === items.length - 1 ? 240 : 0 },
        children:
          i === 0
            ? [run(KINH_GUI), new TextRun({ text: '\t', font: FONT, size }), run(item)]
            : [run(item)],
      }),
  );
}

/** Ô 9b, 7a–7b: "Nơi nhận:" on the left, level with the signer's authority on the right. */
export function signerTable(fields: ReportFields, textWidth: number): Table {
  const left = Math.round((textWidth * COLUMNS_PERCENT.left) / 100);
  const right = textWidth - left;
  const recipients = recipientLines(fields.recipients);
  const noiNhan = recipients.length
    ? [
        textLine('Nơi nhận:', {
          size: SIZE_PT.noiNhanLabel,
          bold: true,
          italic: true,
          align: AlignmentType.LEFT,
        }),
        ...recipients.map((line) =>
          textLine(line, { size: SIZE_PT.noiNhanItem, align: AlignmentType.LEFT }),
        ),
      ]
    : [];
  const signer: Paragraph[] = [
    ...authorityLines(fields.signerAuthority).map((line) =>
      textLine(upper(line), { size: SIZE_PT.signer, bold: true }),
    ),
    ...lines(fields.signerTitle).map((line) =>
      textLine(upper(line), { size: SIZE_PT.signer, bold: true }),
    ),
  ];
  if (fields.signerName.trim()) {
    // Room for the signature and the seal (ô 7c, 8).
    for (let i = 0; i < 5; i++) signer.push(textLine('', { size: SIZE_PT.signer }));
    signer.push(textLine(fields.signerName.trim(), { size: SIZE_PT.signer, bold: true }));
  }
  return layoutTable([left, right], [[noiNhan, signer]]);
}
