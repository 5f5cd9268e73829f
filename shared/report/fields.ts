import { z } from 'zod';

/**
 * The document fields of Nghị định 30/2020 (header, trích yếu, Kính gửi, Nơi nhận, signer),
 * stored with the report, edited in the "Thể thức" panel, and the keys of the CLI's
 * `--fields` JSON. Messages name the field so a bad fields file says what is wrong.
 */
export const DOCUMENT_TYPES = ['bao-cao', 'to-trinh', 'ke-hoach', 'thong-bao', 'cong-van'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Tên loại (printed centred, capitals) and the abbreviation of the ký hiệu; a công văn has neither name nor abbreviation. */
export const DOCUMENT_TYPE_INFO: Record<
  DocumentType,
  { name: string | null; abbreviation: string }
> = {
  'bao-cao': { name: 'BÁO CÁO', abbreviation: 'BC' },
  'to-trinh': { name: 'TỜ TRÌNH', abbreviation: 'TTr' },
  'ke-hoach': { name: 'KẾ HOẠCH', abbreviation: 'KH' },
  'thong-bao': { name: 'THÔNG BÁO', abbreviation: 'TB' },
  'cong-van': { name: null, abbreviation: '' },
};

export const FIELD_LIMITS = { shortText: 200, summary: 500, listItems: 50 } as const;

const shortText = (field: string) =>
  z.string().max(FIELD_LIMITS.shortText, `${field}: at most ${FIELD_LIMITS.shortText} characters`);

/** A calendar day that exists ("2026-02-30" is refused). */
const IsoCalendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date: expected YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'date: this day does not exist');

export const ReportFieldsSchema = z
  .object({
    type: z.enum(DOCUMENT_TYPES, { message: `type: one of ${DOCUMENT_TYPES.join(', ')}` }),
    parentAgency: shortText('parentAgency').optional(),
    agency: shortText('agency'),
    agencyCode: shortText('agencyCode'),
    number: z
      .number({ message: 'number: a positive whole number or null' })
      .int('number: a positive whole number or null')
      .positive('number: a positive whole number or null')
      .max(999_999, 'number: at most 999999')
      .nullable(),
    place: shortText('place'),
    date: IsoCalendarDay.nullable(),
    summary: z
      .string()
      .max(FIELD_LIMITS.summary, `summary: at most ${FIELD_LIMITS.summary} characters`),
    addressees: z
      .array(shortText('addressees'))
      .max(FIELD_LIMITS.listItems, 'addressees: too many'),
    recipients: z
      .array(shortText('recipients'))
      .max(FIELD_LIMITS.listItems, 'recipients: too many'),
    signerAuthority: shortText('signerAuthority'),
    signerTitle: shortText('signerTitle'),
    signerName: shortText('signerName'),
  })
  .strict();
export type ReportFields = z.infer<typeof ReportFieldsSchema>;

/** What a new report starts with before the last report's agency and signer are offered. */
export const DEFAULT_FIELDS: ReportFields = {
  type: 'bao-cao',
  agency: '',
  agencyCode: '',
  number: null,
  place: '',
  date: null,
  summary: '',
  addressees: [],
  recipients: ['Như trên', 'Lưu: VT'],
  signerAuthority: '',
  signerTitle: '',
  signerName: '',
};
