import type { DocNode } from './document';
import { DEFAULT_FIELDS, type DocumentType, type ReportFields } from './fields';
import type { ReportLayout, ReportTemplate } from './report';

/**
 * The decree's skeleton of each document type (Phụ lục III, Mẫu 1.4 and the usual sections of a
 * UBND office's documents), and the Party-style report (Hướng dẫn 36-HD/VPTW). Placeholders end
 * in "…" so the author sees what to replace; every body ends with the closing "./.".
 */
export type SkeletonStart = { fields: ReportFields; content: DocNode; layout: ReportLayout };
export type SkeletonDefinition = { label: string; build(): SkeletonStart };

const text = (value: string) => [{ type: 'text', text: value }];
const p = (value: string): DocNode => ({
  type: 'paragraph',
  attrs: { firstLineIndent: true },
  content: text(value),
});
const h = (level: 1 | 2 | 3, value: string): DocNode => ({
  type: 'heading',
  attrs: { level },
  content: text(value),
});
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

const BODIES: Record<DocumentType, () => DocNode> = {
  'bao-cao': () =>
    doc(
      p('Thực hiện …, … báo cáo kết quả thực hiện … như sau:'),
      h(1, 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ'),
      h(2, '1. …'),
      p('…'),
      h(2, '2. …'),
      p('…'),
      h(1, 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN'),
      p('…'),
      h(1, 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
      p('…'),
      h(1, 'IV. ĐỀ XUẤT, KIẾN NGHỊ'),
      p('…'),
      p('Trên đây là báo cáo …./.'),
    ),
  'to-trinh': () =>
    doc(
      p('Căn cứ …;'),
      p('Căn cứ …;'),
      p('… kính trình … xem xét, quyết định … như sau:'),
      h(1, 'I. SỰ CẦN THIẾT'),
      p('…'),
      h(1, 'II. NỘI DUNG ĐỀ NGHỊ'),
      p('…'),
      h(1, 'III. KIẾN NGHỊ'),
      p('Kính trình … xem xét, quyết định./.'),
    ),
  'ke-hoach': () =>
    doc(
      p('Căn cứ …, … ban hành Kế hoạch … như sau:'),
      h(1, 'I. MỤC ĐÍCH, YÊU CẦU'),
      h(2, '1. Mục đích'),
      p('…'),
      h(2, '2. Yêu cầu'),
      p('…'),
      h(1, 'II. NỘI DUNG, NHIỆM VỤ'),
      p('…'),
      h(1, 'III. KINH PHÍ THỰC HIỆN'),
      p('…'),
      h(1, 'IV. TỔ CHỨC THỰC HIỆN'),
      p('…'),
      p(
        'Trên đây là Kế hoạch …; trong quá trình thực hiện, nếu có vướng mắc, đề nghị … báo cáo … để xem xét, giải quyết./.',
      ),
    ),
  'thong-bao': () =>
    doc(
      p('Ngày …, … đã …. … thông báo như sau:'),
      h(2, '1. …'),
      p('…'),
      h(2, '2. …'),
      p('…'),
      p('… thông báo để các cơ quan, đơn vị biết, thực hiện./.'),
    ),
  'cong-van': () =>
    doc(
      p('Thực hiện …, … đề nghị … như sau:'),
      p('…'),
      p('Đề nghị … quan tâm, phối hợp thực hiện./.'),
    ),
};

const LABELS: Record<DocumentType, string> = {
  'bao-cao': 'Báo cáo (NĐ 30/2020)',
  'to-trinh': 'Tờ trình (NĐ 30/2020)',
  'ke-hoach': 'Kế hoạch (NĐ 30/2020)',
  'thong-bao': 'Thông báo (NĐ 30/2020)',
  'cong-van': 'Công văn (NĐ 30/2020)',
};

function typed(type: DocumentType): SkeletonDefinition {
  return {
    label: LABELS[type],
    build: () => ({
      fields: {
        ...DEFAULT_FIELDS,
        type,
        addressees: type === 'to-trinh' || type === 'cong-van' ? ['…'] : [],
        recipients:
          type === 'thong-bao' || type === 'ke-hoach' ? ['…', 'Lưu: VT'] : ['Như trên', 'Lưu: VT'],
      },
      content: BODIES[type](),
      layout: 'nd30',
    }),
  };
}

/** Entries for the templates table: one per document type and the Party-style report. */
export const SKELETON_TEMPLATES: Partial<Record<ReportTemplate, SkeletonDefinition>> = {
  'bao-cao': typed('bao-cao'),
  'to-trinh': typed('to-trinh'),
  'ke-hoach': typed('ke-hoach'),
  'thong-bao': typed('thong-bao'),
  'cong-van': typed('cong-van'),
  party: {
    label: 'Báo cáo kiểu Đảng (HD 36-HD/VPTW)',
    build: () => ({
      fields: {
        ...DEFAULT_FIELDS,
        type: 'bao-cao',
        parentAgency: 'ĐẢNG BỘ TỈNH …',
        recipients: ['…', 'Lưu Văn phòng'],
      },
      content: BODIES['bao-cao'](),
      layout: 'party',
    }),
  },
};

/** Fields the next report is offered from the last one (settings.reportDefaults). */
export const REMEMBERED_FIELDS = [
  'parentAgency',
  'agency',
  'agencyCode',
  'place',
  'recipients',
  'signerAuthority',
  'signerTitle',
  'signerName',
] as const satisfies readonly (keyof ReportFields)[];

/** The remembered part of a report's fields, for settings.reportDefaults. */
export function rememberedDefaults(fields: ReportFields): Record<string, unknown> {
  return Object.fromEntries(
    REMEMBERED_FIELDS.map((key) => [key, fields[key]]).filter(([, v]) => v !== undefined),
  );
}

/** Only the remembered fields that still fit the schema, to lay over a new report's fields. */
export function rememberedFields(defaults: Record<string, unknown>): Partial<ReportFields> {
  const all = withRememberedDefaults(DEFAULT_FIELDS, defaults);
  return Object.fromEntries(
    REMEMBERED_FIELDS.filter((key) => key in defaults && all[key] !== DEFAULT_FIELDS[key]).map(
      (key) => [key, all[key]],
    ),
  );
}

/**
 * A template's fields with the last report's agency, place, signer and recipients laid over
 * them; a stored value that no longer fits the schema is ignored rather than trusted.
 */
export function withRememberedDefaults(
  fields: ReportFields,
  defaults: Record<string, unknown>,
): ReportFields {
  const out: ReportFields = { ...fields };
  for (const key of REMEMBERED_FIELDS) {
    const value = defaults[key];
    if (key === 'recipients') {
      if (
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((v) => typeof v === 'string' && v.length <= 200)
      ) {
        out.recipients = value.slice(0, 50) as string[];
      }
    } else if (typeof value === 'string' && value.trim() && value.length <= 200) {
      out[key] = value;
    }
  }
  return out;
}
