import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/**
 * Word files in the shapes offices send (as the real documents of a provincial Sở are laid
 * out): a borderless header table, the tên loại and a trích yếu on two lines, "Kính gửi" in a
 * table or a paragraph, the body, and the Nơi nhận / signer table. Written with the docx
 * library, so no real document is copied into the repo.
 */
export type Nd30DocxShape = {
  parentAgency?: string;
  agencyLines: string[];
  numberLine: string;
  dateLine: string;
  typeName?: string;
  summaryLines: string[];
  /** Công văn: the V/v lines under the number. */
  vvLines?: string[];
  kinhGui?: { form: 'paragraph' | 'table'; items: string[] };
  body: string[];
  recipients: string[];
  signer: string[];
  /** A spacer column in the middle of the header and signer tables, as some offices use. */
  spacerColumn?: boolean;
};

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const line = (
  text: string,
  options: { bold?: boolean; italics?: boolean; align?: 'center' | 'both' | 'left' } = {},
) =>
  new Paragraph({
    alignment:
      options.align === 'both'
        ? AlignmentType.JUSTIFIED
        : options.align === 'left'
          ? AlignmentType.LEFT
          : AlignmentType.CENTER,
    children: [
      new TextRun({ text, bold: options.bold, italics: options.italics, font: 'Times New Roman' }),
    ],
  });
const cell = (children: Paragraph[], width: number) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children: children.length ? children : [new Paragraph({})],
  });
function table(columns: Paragraph[][][], widths: number[]) {
  return new Table({
    borders: TableBorders.NONE,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    rows: columns.map((row) => new TableRow({ children: row.map((c, i) => cell(c, widths[i]!)) })),
  });
}

export async function makeNd30Docx(shape: Nd30DocxShape): Promise<Buffer> {
  const left = [
    ...(shape.parentAgency ? [line(shape.parentAgency)] : []),
    ...shape.agencyLines.map((text) => line(text, { bold: true })),
  ];
  const right = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
    line('Độc lập - Tự do - Hạnh phúc', { bold: true }),
  ];
  const numberCell = [line(shape.numberLine), ...(shape.vvLines ?? []).map((t) => line(t))];
  const dateCell = [line(shape.dateLine, { italics: true })];
  const header = shape.spacerColumn
    ? table(
        [
          [left, [], right],
          [numberCell, [], dateCell],
        ],
        [3600, 300, 5400],
      )
    : table(
        [
          [left, right],
          [numberCell, dateCell],
        ],
        [3700, 5600],
      );
  const children: (Paragraph | Table)[] = [header, new Paragraph({})];
  if (shape.typeName) children.push(line(shape.typeName, { bold: true }));
  children.push(...shape.summaryLines.map((t) => line(t, { bold: true })), new Paragraph({}));
  if (shape.kinhGui?.form === 'table') {
    children.push(
      table(
        [
          [
            [line('Kính gửi:', { align: 'left' })],
            shape.kinhGui.items.map((t, i, all) =>
              line(`- ${t}${i === all.length - 1 ? '.' : ';'}`, { align: 'left' }),
            ),
          ],
        ],
        [2000, 7300],
      ),
    );
  } else if (shape.kinhGui) {
    children.push(line(`Kính gửi: ${shape.kinhGui.items.join(', ')}`));
  }
  children.push(...shape.body.map((t) => line(t, { align: 'both' })));
  const noiNhan = [
    line('Nơi nhận:', { bold: true, italics: true, align: 'left' }),
    ...shape.recipients.map((t, i, all) =>
      line(`- ${t}${i === all.length - 1 ? '.' : ';'}`, { align: 'left' }),
    ),
  ];
  const signer = shape.signer.map((t, i, all) =>
    i === all.length - 1 ? line(t, { bold: true }) : line(t, { bold: true }),
  );
  children.push(
    shape.spacerColumn
      ? table([[noiNhan, [], signer]], [4000, 300, 5000])
      : table([[noiNhan, signer]], [4300, 5000]),
    new Paragraph({}),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** A báo cáo of a Sở, pre-issue: blank number and day, the month printed. */
export const SO_BAO_CAO: Nd30DocxShape = {
  parentAgency: 'UBND TỈNH KIÊN GIANG',
  agencyLines: ['SỞ NỘI VỤ'],
  numberLine: 'Số:          /BC-SNV',
  dateLine: 'Kiên Giang, ngày      tháng 6 năm 2026',
  typeName: 'BÁO CÁO',
  summaryLines: ['Kết quả thực hiện cải cách hành chính', '6 tháng đầu năm 2026'],
  kinhGui: { form: 'table', items: ['Ủy ban nhân dân tỉnh', 'Bộ Nội vụ'] },
  body: [
    'Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân tỉnh, Sở Nội vụ báo cáo như sau:',
    'I. KẾT QUẢ ĐẠT ĐƯỢC',
    'Các cơ quan đã hoàn thành phần lớn nhiệm vụ được giao./.',
  ],
  recipients: ['Như trên', 'Giám đốc Sở', 'Lưu: VT, CCHC'],
  signer: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An'],
  spacerColumn: true,
};

/** A công văn of the provincial UBND: the agency on two bold lines, "V/v" under the number. */
export const UBND_CONG_VAN: Nd30DocxShape = {
  agencyLines: ['ỦY BAN NHÂN DÂN', 'TỈNH KIÊN GIANG'],
  numberLine: 'Số: 215/UBND-KT',
  dateLine: 'Kiên Giang, ngày 09 tháng 02 năm 2026',
  vvLines: ['V/v triển khai kế hoạch phát triển', 'cụm công nghiệp năm 2026'],
  summaryLines: [],
  kinhGui: { form: 'paragraph', items: ['Sở Công Thương'] },
  body: [
    'Ủy ban nhân dân tỉnh có ý kiến như sau:',
    'Giao Sở Công Thương chủ trì, phối hợp thực hiện./.',
  ],
  recipients: ['Như trên', 'Lưu: VT, KT'],
  signer: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Bình'],
};
