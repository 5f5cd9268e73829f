import type { DocNode } from '../shared/report/document';
import type { ReportFields } from '../shared/report/fields';
import type { ReportFile, ReportLayout } from '../shared/report/report';
import { SAMPLE_FIELDS } from './sample-report';

export { SAMPLE_FIELDS };

export const SAMPLE_PARAGRAPH =
  'Văn phòng đã tham mưu Ủy ban nhân dân tỉnh chỉ đạo, điều hành các lĩnh vực kinh tế - xã hội; tổ chức thành công các hội nghị, cuộc họp; tiếp nhận, xử lý văn bản đến đúng thời hạn quy định.';

const text = (value: string): DocNode[] => [{ type: 'text', text: value }];

/** A body of about `pages` A4 pages: sections, paragraphs, a list and a table, ending with "./.". */
export function sampleBody(pages = 2): DocNode {
  const content: DocNode[] = [];
  for (let section = 1; section <= pages; section++) {
    content.push({
      type: 'heading',
      attrs: { level: 1 },
      content: text(`${roman(section)}. KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHẦN ${section}`),
    });
    for (let i = 1; i <= 6; i++) {
      content.push({ type: 'paragraph', content: text(`${i}. ${SAMPLE_PARAGRAPH}`) });
    }
    content.push({
      type: 'bulletList',
      attrs: { listStyle: 'dash' },
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: text('Số văn bản đến: 1.245; văn bản đi: 982.') },
          ],
        },
      ],
    });
  }
  content.push({
    type: 'paragraph',
    content: text('Trên đây là báo cáo tình hình thực hiện nhiệm vụ tháng 01 năm 2026./.'),
  });
  return { type: 'doc', content };
}

function roman(n: number): string {
  const table: [number, string][] = [
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table)
    while (n >= value) {
      out += letters;
      n -= value;
    }
  return out;
}

/** A whole report file, as the reports service stores it. */
export function sampleReportFile(
  options: {
    fields?: Partial<ReportFields>;
    content?: DocNode;
    layout?: ReportLayout;
    final?: boolean;
  } = {},
): ReportFile {
  const fields = { ...SAMPLE_FIELDS, ...options.fields };
  const content = options.content ?? sampleBody();
  return {
    meta: {
      id: 'r0123456789ab',
      title: fields.summary,
      createdAt: '2026-02-05T08:00:00+07:00',
      updatedAt: '2026-02-05T08:00:00+07:00',
      revision: 1,
      words: 0,
      layout: options.layout ?? 'nd30',
      final: options.final ?? false,
      deletedAt: null,
    },
    fields,
    content,
  };
}
