import { citationNode } from '../../../shared/report/citation';
import { MARK, NODE, type DocNode } from '../../../shared/report/document';
import type { ArticleMeta } from '../../../shared/model';
import { formatDisplayDate } from '../../../shared/text/dates';
import type { CompilePlan } from './compile-plan';

/** What the document says of one article besides its title, date and citation. */
export type ItemSummary = { text: string; bodyMissing: boolean };

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Notes written into the report itself, in the report's language. */
const NOTE = {
  missingWithLead: '[Ghi chú: tệp nội dung của tin bài bị mất; tóm tắt lấy từ phần sapo.]',
  missing: '[Ghi chú: tệp nội dung của tin bài bị mất, không có tóm tắt.]',
} as const;

const APPENDIX_COLUMNS = ['STT', 'Tiêu đề', 'Ngày', 'Chuyên mục', 'Nguồn'];
/** Column widths (px) summing to 600, inside the A4 body width at the decree's margins; a dd/mm/yyyy date fits on one line. */
const APPENDIX_WIDTHS = [48, 242, 100, 108, 102];

const text = (value: string, marks?: DocNode['marks']): DocNode =>
  marks ? { type: NODE.text, text: value, marks } : { type: NODE.text, text: value };

const day = (meta: ArticleMeta) =>
  meta.publishedAt ? formatDisplayDate(meta.publishedAt, { withTime: false }) : '';

function paragraph(content: DocNode[], attrs?: Record<string, unknown>): DocNode {
  const node: DocNode = { type: NODE.paragraph, content };
  if (attrs) node.attrs = attrs;
  return node;
}

function item(index: number, meta: ArticleMeta, summary: ItemSummary): DocNode {
  const content: DocNode[] = [text(`${index}. `), text(meta.title, [{ type: MARK.bold }])];
  const date = day(meta);
  content.push(text(date ? ` (${date}). ` : '. '));
  if (summary.text) content.push(text(`${summary.text} `));
  if (summary.bodyMissing)
    content.push(
      text(`${summary.text ? NOTE.missingWithLead : NOTE.missing} `, [{ type: MARK.italic }]),
    );
  content.push(citationNode(meta));
  return paragraph(content, { firstLineIndent: true, textAlign: 'justify' });
}

function cell(type: string, value: string, width: number, bold = false): DocNode {
  return {
    type,
    attrs: { colspan: 1, rowspan: 1, colwidth: [width] },
    content: [paragraph(value ? [text(value, bold ? [{ type: MARK.bold }] : undefined)] : [])],
  };
}

function appendixTable(plan: CompilePlan): DocNode {
  const header: DocNode = {
    type: NODE.tableRow,
    content: APPENDIX_COLUMNS.map((name, i) =>
      cell(NODE.tableHeader, name, APPENDIX_WIDTHS[i]!, true),
    ),
  };
  const rows: DocNode[] = [];
  for (const section of plan.sections) {
    for (const meta of section.articles) {
      const values = [
        String(rows.length + 1),
        meta.title,
        day(meta),
        section.name,
        meta.site ?? '',
      ];
      rows.push({
        type: NODE.tableRow,
        content: values.map((value, i) => cell(NODE.tableCell, value, APPENDIX_WIDTHS[i]!)),
      });
    }
  }
  return { type: NODE.table, content: [header, ...rows] };
}

function intro(plan: CompilePlan, firstDay: string | null, lastDay: string | null): DocNode {
  const range =
    firstDay && lastDay
      ? ` từ ngày ${formatDisplayDate(`${firstDay}T00:00+07:00`, { withTime: false })} đến ngày ${formatDisplayDate(`${lastDay}T00:00+07:00`, { withTime: false })}`
      : '';
  return paragraph(
    [
      text(
        `Tổng hợp ${plan.total} tin bài${range}, theo ${plan.sections.length} chuyên mục; danh mục tin bài kèm theo ở phụ lục.`,
      ),
    ],
    { firstLineIndent: true, textAlign: 'justify' },
  );
}

/**
 * The tổng hợp report's body: an opening line, one section per category (I., II., …) with one
 * item per article, then the appendix "Danh mục tin bài" on a page of its own.
 */
export function compiledDocument(
  plan: CompilePlan,
  summaries: ReadonlyMap<string, ItemSummary>,
  range: { firstDay: string | null; lastDay: string | null },
): DocNode {
  const content: DocNode[] = [intro(plan, range.firstDay, range.lastDay)];
  plan.sections.forEach((section, i) => {
    content.push({
      type: NODE.heading,
      attrs: { level: 1 },
      content: [text(`${toRoman(i + 1)}. ${section.name.toLocaleUpperCase('vi')}`)],
    });
    section.articles.forEach((meta, j) => {
      content.push(item(j + 1, meta, summaries.get(meta.id) ?? { text: '', bodyMissing: false }));
    });
  });
  content.push({ type: NODE.pageBreak });
  content.push(
    paragraph([text('PHỤ LỤC', [{ type: MARK.bold }])], { textAlign: 'center' }),
    paragraph([text('DANH MỤC TIN BÀI', [{ type: MARK.bold }])], { textAlign: 'center' }),
    appendixTable(plan),
    paragraph([]),
  );
  return { type: NODE.doc, content };
}
