import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LineRuleType,
  PageBreak,
  Paragraph,
  type Table,
  type IParagraphOptions,
} from 'docx';
import { NODE, type DocNode } from '../../../../shared/report/document';
import { imageRun, inlineRuns, type InlineContext } from './inline';
import type { ListNumbering, ListRegistry } from './lists';
import { BODY, INDENT_STEP } from './page';
import { table } from './table';

export type BodyContext = InlineContext & { lists: ListRegistry; textWidth: number };
export type Block = Paragraph | Table;

/** Where a paragraph sits: in a list item, a quote or a table cell it loses the body's first-line indent. */
export type Place = {
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
      push(
        table(node, context, place, (child, cellPlace, cellOut, cellState) =>
          walkBlock(child, context, cellPlace, cellOut, cellState),
        ),
      );
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
