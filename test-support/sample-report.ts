import type { DocNode } from '../shared/report/document';
import type { ReportFields } from '../shared/report/fields';
import type { ReportFile, ReportLayout } from '../shared/report/report';

/** Fields of a filled-in báo cáo of the Văn phòng (the example). */
export const SAMPLE_FIELDS: ReportFields = {
  type: 'bao-cao',
  parentAgency: 'UBND TỈNH KIÊN GIANG',
  agency: 'VĂN PHÒNG',
  agencyCode: 'VP',
  number: 7,
  place: 'Kiên Giang',
  date: '2026-02-05',
  summary: 'Tình hình thực hiện nhiệm vụ tháng 01 năm 2026',
  addressees: ['Ủy ban nhân dân tỉnh'],
  recipients: ['Như trên', 'Lưu: VT, TH'],
  signerAuthority: 'KT. CHÁNH VĂN PHÒNG',
  signerTitle: 'PHÓ CHÁNH VĂN PHÒNG',
  signerName: 'Trần Thị Hạnh',
};

export const text = (value: string, marks?: DocNode['marks']): DocNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
export const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
export const heading = (level: number, value: string): DocNode => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
});
export const list = (
  type: 'bulletList' | 'orderedList',
  items: string[],
  attrs?: Record<string, unknown>,
): DocNode => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: items.map((item) => ({ type: 'listItem', content: [para(text(item))] })),
});

/** A short report body with the parts a báo cáo has: headings, lists, a table, the closing "./.". */
export const SAMPLE_BODY: DocNode = {
  type: 'doc',
  content: [
    heading(1, 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ'),
    para(
      text('Trong tháng, Văn phòng đã tham mưu '),
      text('Ủy ban nhân dân tỉnh', [{ type: 'bold' }]),
      text(' tổ chức các cuộc họp giao ban và '),
      text('xử lý kịp thời', [{ type: 'italic' }]),
      text(' văn bản đến.'),
    ),
    heading(2, '1. Công tác tham mưu tổng hợp'),
    list('bulletList', ['Tham mưu tổ chức hội nghị giao ban', 'Theo dõi tiến độ các dự án']),
    list('orderedList', ['Rà soát văn bản', 'Tổng hợp báo cáo'], { type: '1', start: 1 }),
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [para(text('Nội dung'))] },
            { type: 'tableHeader', content: [para(text('Số lượng'))] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [para(text('Văn bản đến'))] },
            { type: 'tableCell', content: [para(text('1.245'))] },
          ],
        },
      ],
    },
    heading(1, 'II. NHIỆM VỤ THÁNG TỚI'),
    para(text('Tiếp tục theo dõi, đôn đốc việc thực hiện các nhiệm vụ được giao./.')),
  ],
};

export function sampleReport(
  overrides: { fields?: Partial<ReportFields>; content?: DocNode; layout?: ReportLayout } = {},
): ReportFile {
  const now = '2026-02-05T08:00:00.000+07:00';
  return {
    meta: {
      id: 'r0123456789ab',
      title: 'Báo cáo tháng 01',
      createdAt: now,
      updatedAt: now,
      revision: 1,
      words: 0,
      layout: overrides.layout ?? 'nd30',
      final: false,
      deletedAt: null,
    },
    fields: { ...SAMPLE_FIELDS, ...overrides.fields },
    content: overrides.content ?? SAMPLE_BODY,
  };
}
