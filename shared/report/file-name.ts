import { DOCUMENT_TYPE_INFO, type ReportFields } from './fields';
import { padNumber } from './nd30';

export const FILE_NAME_MAX = 120;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** Vietnamese without its marks ("Tình hình" → "Tinh hinh", "Đà" → "Da"), for file names any system opens. */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * `<type abbreviation> <number> <summary>.<ext>` ("BC 07 Tinh hinh thuc hien nhiem vu.docx"):
 * no marks, nothing Windows forbids, at most 120 characters with the extension.
 */
export function reportFileName(
  fields: Pick<ReportFields, 'type' | 'number' | 'summary'>,
  extension: 'docx' | 'pdf' | 'html',
): string {
  const abbreviation = DOCUMENT_TYPE_INFO[fields.type].abbreviation || 'CV';
  const number = fields.number === null ? '' : padNumber(fields.number);
  const summary = stripMarks(fields.summary.replace(/^v\/v\s+/i, ''));
  const raw = [abbreviation, number, summary].filter(Boolean).join(' ');
  const clean = raw
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const room = FILE_NAME_MAX - extension.length - 1;
  let base =
    clean.length > room
      ? clean.slice(0, room).replace(/\s+\S*$/, '') || clean.slice(0, room)
      : clean;
  base = base.replace(/[ .]+$/, '');
  if (!base || WINDOWS_RESERVED.test(base)) base = `${abbreviation} ${base}`.trim();
  return `${base}.${extension}`;
}
