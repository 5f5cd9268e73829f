import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { FONT, halfPt } from './page';

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
/** Every side of a cell named, since a side left out falls back to the table's (and Word's) single line. */
const NO_CELL_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

export type LineStyle = {
  size: number;
  bold?: boolean;
  italic?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  before?: number;
  after?: number;
  indent?: IParagraphOptions['indent'];
};

/** One line of a header or signer block: Times New Roman at the element's size, single spacing. */
export function textLine(text: string, style: LineStyle): Paragraph {
  return new Paragraph({
    alignment: style.align ?? AlignmentType.CENTER,
    spacing: {
      before: style.before ?? 0,
      after: style.after ?? 0,
      line: 240,
      lineRule: LineRuleType.AUTO,
    },
    indent: style.indent,
    children: [
      new TextRun({
        text,
        font: FONT,
        size: halfPt(style.size),
        bold: style.bold ?? false,
        italics: style.italic ?? false,
      }),
    ],
  });
}

/**
 * A borderless layout table (the header and the signer block): fixed layout with the column
 * widths in DXA on the grid, the table and every cell, because LibreOffice lays out from the
 * widths written and does not recompute them as Word does.
 */
export function layoutTable(widths: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 57, right: 57, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i]!, type: WidthType.DXA },
                borders: NO_CELL_BORDERS,
                children: children.length ? children : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

/** The two 1 mm margins of a layout cell. */
export const CELL_MARGINS = 114;
/** The width of text inside a layout cell. */
export const cellTextWidth = (width: number) => width - CELL_MARGINS;
