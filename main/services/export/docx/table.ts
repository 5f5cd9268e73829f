import {
  Paragraph,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  Table,
} from 'docx';
import { NODE, type DocNode } from '../../../../shared/report/document';
import type { Block, BodyContext, Place } from './body';
import { INDENT_STEP } from './page';

/** Walks one block of a cell into `out` (the body's walker, handed in). */
export type WalkCell = (
  node: DocNode,
  place: Place,
  out: Block[],
  state: { pageBreak: boolean },
) => void;

/**
 * A table of the body: fixed layout, widths in DXA on the grid, the table and every cell (from
 * the editor's column widths, scaled to the text width), header cells bold and centred.
 */
export function table(
  node: DocNode,
  context: BodyContext,
  place: Place,
  walkCell: WalkCell,
): Table {
  const rows = node.content ?? [];
  const columns = Math.max(
    1,
    ...rows.map((row) =>
      (row.content ?? []).reduce((n, cell) => n + (Number(cell.attrs?.colspan) || 1), 0),
    ),
  );
  const widths = columnWidths(rows, columns, context.textWidth - place.quoteDepth * INDENT_STEP);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: rows.map((row) => {
      let column = 0;
      return new TableRow({
        tableHeader:
          (row.content ?? []).every((cell) => cell.type === NODE.tableHeader) || undefined,
        children: (row.content ?? []).map((cell) => {
          const span = Math.max(1, Number(cell.attrs?.colspan) || 1);
          const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
          column += span;
          return tableCell(cell, span, width, walkCell);
        }),
      });
    }),
  });
}

function tableCell(cell: DocNode, span: number, width: number, walkCell: WalkCell): TableCell {
  const out: Block[] = [];
  const state = { pageBreak: false };
  const header = cell.type === NODE.tableHeader;
  const place: Place = { quoteDepth: 0, inCell: true, listDepth: 0, headerCell: header };
  for (const child of cell.content ?? []) walkCell(child, place, out, state);
  if (out.length === 0) out.push(new Paragraph({}));
  const valign = String(cell.attrs?.verticalAlign ?? '');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    rowSpan: Number(cell.attrs?.rowspan) > 1 ? Number(cell.attrs?.rowspan) : undefined,
    verticalAlign:
      valign === 'middle'
        ? VerticalAlign.CENTER
        : valign === 'bottom'
          ? VerticalAlign.BOTTOM
          : VerticalAlign.TOP,
    shading: header ? { fill: 'F2F2F2' } : undefined,
    children: out,
  });
}

/** Widths in DXA from the editor's px widths (colwidth), scaled to the text width; equal otherwise. */
function columnWidths(rows: DocNode[], columns: number, available: number): number[] {
  const px: (number | null)[] = Array.from({ length: columns }, () => null);
  let column = 0;
  for (const cell of rows[0]?.content ?? []) {
    const span = Math.max(1, Number(cell.attrs?.colspan) || 1);
    const colwidth = Array.isArray(cell.attrs?.colwidth) ? (cell.attrs.colwidth as unknown[]) : [];
    colwidth.forEach((w, i) => {
      if (typeof w === 'number' && w > 0 && i < span && column + i < columns) px[column + i] = w;
    });
    column += span;
  }
  const known = px.filter((w): w is number => w !== null);
  const fallback = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 100;
  const raw = px.map((w) => w ?? fallback);
  const total = raw.reduce((a, b) => a + b, 0);
  const scale = Math.min(1, available / (total * 15)) * 15;
  const fitted = raw.map((w) => Math.max(300, Math.floor(w * scale)));
  return known.length ? fitted : fitted.map(() => Math.floor(available / columns));
}
