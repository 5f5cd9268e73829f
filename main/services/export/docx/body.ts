import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LineRuleType,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { NODE, type DocNode } from '../../../../shared/report/document';
import { imageRun, inlineRuns, type InlineContext } from './inline';
import type { ListNumbering, ListRegistry } from './lists';
import { BODY, INDENT_STEP } from './page';

export type BodyContext = InlineContext & { lists: ListRegistry; textWidth: number };
type Block = Paragraph | Table;

/** Where a paragraph sits: in a list item, a quote or a table cell it loses the body's first-line indent. */
type Place = {
  list?: ListNumbering;
  quoteDepth: number;
  inCell: boolean;
  listDepth: number;
  headerCell?: boolean;
};

const ALIGN: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};
const LINE: Record<string, number> = { '1.0': 240, '1': 240, '1.15': 276, '1.5': 360 };
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** The body of the report: tiptap JSON blocks → Word paragraphs and tables. */
export function bodyBlocks(doc: DocNode, context: BodyContext): Block[] {
  const out: Block[] = [];
  const state = { pageBreak: false };
  for (const node of doc.content ?? [])
    walkBlock(node, context, { quoteDepth: 0, inCell: false, listDepth: 0 }, out, state);
  if (state.pageBreak) out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

function walkBlock(
  node: DocNode,
  context: BodyContext,
  place: Place,
  out: Block[],
  state: { pageBreak: boolean },
): void {
  const push = (block: Block) => {
    out.push(block);
  };
  switch (node.type) {
    case NODE.paragraph:
    case NODE.heading:
      push(paragraph(node, context, place, state));
      return;
    case NODE.bulletList:
    case NODE.orderedList: {
      const list = context.lists.open(node, place.listDepth);
      for (const item of node.content ?? []) {
        (item.content ?? []).forEach((child, i) => {
          const inner: Place = {
            ...place,
            list:
              i === 0 && (child.type === NODE.paragraph || child.type === NODE.heading)
                ? list
                : undefined,
            listDepth: place.listDepth + 1,
          };
          walkBlock(child, context, inner, out, state);
        });
      }
      return;
    }
    case NODE.blockquote:
      for (const child of node.content ?? [])
        walkBlock(child, context, { ...place, quoteDepth: place.quoteDepth + 1 }, out, state);
      return;
    case NODE.horizontalRule:
      push(
        new Paragraph({
          spacing: { after: BODY.after },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        }),
      );
      return;
    case NODE.pageBreak:
      state.pageBreak = true;
      return;
    case NODE.table:
      if (state.pageBreak) {
        push(new Paragraph({ children: [new PageBreak()] }));
        state.pageBreak = false;
      }
      push(table(node, context, place));
      return;
    case NODE.image: {
      const run = imageRun(node, context);
      push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: BODY.after },
          pageBreakBefore: takeBreak(state),
          keepNext: Boolean(node.attrs?.caption),
          children: run ? [run] : [],
        }),
      );
      const caption = String(node.attrs?.caption ?? '').trim();
      if (caption)
        push(
          new Paragraph({
            style: 'Caption',
            alignment: AlignmentType.CENTER,
            spacing: { after: BODY.after },
            children: inlineRuns([{ type: NODE.text, text: caption }], context),
          }),
        );
      return;
    }
    default:
      // An unknown block still gives its text, so nothing the user wrote is lost.
      if (node.content?.some((child) => child.type === NODE.text))
        push(paragraph(node, context, place, state));
      else for (const child of node.content ?? []) walkBlock(child, context, place, out, state);
  }
}

function takeBreak(state: { pageBreak: boolean }): boolean {
  const value = state.pageBreak;
  state.pageBreak = false;
  return value;
}

function paragraph(
  node: DocNode,
  context: BodyContext,
  place: Place,
  state: { pageBreak: boolean },
): Paragraph {
  const attrs = node.attrs ?? {};
  const level = node.type === NODE.heading ? Math.min(3, Math.max(1, Number(attrs.level) || 1)) : 0;
  const indentLevels = Math.max(0, Math.min(8, Number(attrs.indent) || 0));
  const plainBody = !place.inCell && !place.list && place.quoteDepth === 0;
  const firstLine =
    attrs.firstLineIndent === false || (!plainBody && attrs.firstLineIndent !== true)
      ? 0
      : BODY.firstLine;
  const left =
    indentLevels * INDENT_STEP +
    place.quoteDepth * INDENT_STEP +
    (place.list || place.listDepth === 0 ? 0 : place.listDepth * INDENT_STEP);
  const align =
    ALIGN[String(attrs.textAlign)] ??
    (place.headerCell
      ? AlignmentType.CENTER
      : place.inCell
        ? AlignmentType.LEFT
        : AlignmentType.JUSTIFIED);
  const line = LINE[String(attrs.lineHeight)];
  const options: IParagraphOptions = {
    style: level ? undefined : place.inCell ? undefined : 'Body',
    heading: level ? HEADINGS[level - 1] : undefined,
    alignment: align,
    pageBreakBefore: takeBreak(state) || undefined,
    numbering: place.list
      ? { reference: place.list.reference, level: place.list.level, instance: place.list.instance }
      : undefined,
    indent: place.list
      ? undefined
      : {
          left: left || undefined,
          right: place.quoteDepth ? place.quoteDepth * INDENT_STEP : undefined,
          firstLine: level && firstLine ? undefined : firstLine,
        },
    spacing: {
      after: place.inCell ? 40 : BODY.after,
      line: line ?? (place.inCell ? 240 : undefined),
      lineRule: line || place.inCell ? LineRuleType.AUTO : undefined,
    },
    children: inlineRuns(node.content, context, {
      ...(place.quoteDepth ? { italics: true } : {}),
      ...(place.headerCell ? { bold: true } : {}),
    }),
  };
  return new Paragraph(options);
}

function table(node: DocNode, context: BodyContext, place: Place): Table {
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
          return tableCell(cell, context, span, width);
        }),
      });
    }),
  });
}

function tableCell(cell: DocNode, context: BodyContext, span: number, width: number): TableCell {
  const out: Block[] = [];
  const state = { pageBreak: false };
  const header = cell.type === NODE.tableHeader;
  const place: Place = { quoteDepth: 0, inCell: true, listDepth: 0, headerCell: header };
  for (const child of cell.content ?? []) walkBlock(child, context, place, out, state);
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
