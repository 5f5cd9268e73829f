import { foldVietnamese } from '../../../../../shared/text/vietnamese';

/** NFC, tabs, no-break and repeated spaces collapsed to one space, trimmed. */
export function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u2002-\u200b]+/g, ' ')
    .trim();
}

/** Folded and upper-cased, so "CỘNG HOÀ" and "Cộng hòa" compare equal. */
export const key = (text: string) => foldVietnamese(clean(text)).toUpperCase();

export const isQuocHieu = (text: string) => /CONG HOA XA HOI CHU NGHIA VIET NAM/.test(key(text));
export const isPartyName = (text: string) => /^DANG CONG SAN VIET NAM$/.test(key(text));

/** Tên loại of administrative documents (Phụ lục III), folded → the slug used for a document's kind. */
const TYPE_NAMES: Record<string, string> = {
  'BAO CAO': 'bao-cao',
  'TO TRINH': 'to-trinh',
  'KE HOACH': 'ke-hoach',
  'THONG BAO': 'thong-bao',
  'QUYET DINH': 'quyet-dinh',
  'NGHI QUYET': 'nghi-quyet',
  'CHI THI': 'chi-thi',
  'QUY CHE': 'quy-che',
  'QUY DINH': 'quy-dinh',
  'THONG CAO': 'thong-cao',
  'HUONG DAN': 'huong-dan',
  'CHUONG TRINH': 'chuong-trinh',
  'PHUONG AN': 'phuong-an',
  'DE AN': 'de-an',
  'DU AN': 'du-an',
  'BIEN BAN': 'bien-ban',
  'CONG DIEN': 'cong-dien',
  'GIAY MOI': 'giay-moi',
};

/** The kind of a tên loại line ("BÁO CÁO" → 'bao-cao'); null for any other line. */
export function typeKindOf(line: string): string | null {
  const text = clean(line);
  if (!text || text !== text.toLocaleUpperCase('vi')) return null;
  return TYPE_NAMES[key(text)] ?? null;
}

/** Abbreviations that open a ký hiệu ("BC-SCT"), folded, with the kind they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  BC: 'bao-cao',
  TTR: 'to-trinh',
  KH: 'ke-hoach',
  TB: 'thong-bao',
  QD: 'quyet-dinh',
  NQ: 'nghi-quyet',
  CT: 'chi-thi',
  HD: 'huong-dan',
  CTR: 'chuong-trinh',
  PA: 'phuong-an',
  DA: 'de-an',
  BB: 'bien-ban',
  GM: 'giay-moi',
};

export type NumberLine = {
  line: string;
  number: number | null;
  symbol: string;
  agencyCode: string;
  kind: string | null;
};

/** "Số: 07/BC-VP", "Số:      /TTr - SCT", "Số: 12/UBND-KT" → number, ký hiệu as printed, and the agency part. */
export function parseNumberLine(raw: string): NumberLine | null {
  const line = clean(raw);
  const match = /^Số\s*:?\s*(\d*)\s*\/\s*(\S.*)$/u.exec(line);
  if (!match) return null;
  const symbol = match[2]!.trim();
  const parts = symbol.replace(/\s*-\s*/g, '-').split('-');
  const kind = ABBREVIATIONS[key(parts[0] ?? '')] ?? null;
  const agencyCode = kind && parts.length > 1 ? parts.slice(1).join('-') : parts.join('-');
  const number = match[1] ? Number(match[1]) : null;
  return { line, number: number && number > 0 ? number : null, symbol, agencyCode, kind };
}

export type DateLine = {
  line: string;
  place: string;
  date: string | null;
  year: number | null;
  month: number | null;
};

/** "<place>, ngày 05 tháng 02 năm 2026", with the day or month left blank for signing. */
export function parseDateLine(raw: string): DateLine | null {
  const line = clean(raw);
  const match =
    /^(?:(.{1,60}?),\s*)?ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})\s*$/iu.exec(line);
  if (!match) return null;
  const [day, month, year] = [match[2], match[3], match[4]].map((v) => (v ? Number(v) : null));
  let date: string | null = null;
  if (day && month && year) {
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day)
      date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return {
    line,
    place: clean(match[1] ?? ''),
    date,
    year,
    month: month && month <= 12 ? month : null,
  };
}

/**
 * Lines of a "Kính gửi" or "Nơi nhận" list as items: a line opening with "-" starts an item, a
 * line without one continues the item above (a long name wrapped by hand); the ";" or "." that
 * ends each item is dropped.
 */
export function listItems(lines: string[]): string[] {
  const items: string[] = [];
  for (const raw of lines) {
    const line = clean(raw);
    if (!line) continue;
    const dash = /^[-–+•]\s*/u.exec(line);
    if (dash || items.length === 0) items.push(line.slice(dash?.[0].length ?? 0));
    else items[items.length - 1] = `${items[items.length - 1]} ${line}`;
  }
  return items.map((item) => clean(item.replace(/[\s;.,]+$/u, ''))).filter(Boolean);
}

/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. …": the authority lines of a signer block. */
export const isAuthorityLine = (line: string) => /^(TM|KT|Q|TL|TUQ)\.\s*\S/u.test(clean(line));
const hasLowercase = (line: string) => line !== line.toLocaleUpperCase('vi');

export type Signer = { authority: string | null; title: string; name: string };

/** The right cell of the signer table: authority lines, the title, then (after the signature) the name. */
export function parseSigner(lines: string[]): Signer {
  const kept = lines.map(clean).filter((line) => line && !/^\(.*\)$/u.test(line));
  const nameIndex = kept.findLastIndex(hasLowercase);
  const name = nameIndex >= 0 ? kept[nameIndex]! : '';
  const above = nameIndex >= 0 ? kept.slice(0, nameIndex) : kept;
  const authority = above.filter(isAuthorityLine);
  const title = above.filter((line) => !isAuthorityLine(line) && !hasLowercase(line));
  return { authority: authority.length ? authority.join(' ') : null, title: title.join(' '), name };
}
