/**
 * Dates as Vietnamese portals write them (see the forms listed in the project's reference notes),
 * parsed into ISO-8601 with the +07:00 offset the portals publish in, and shown as dd/MM/yyyy HH:mm.
 *
 * Written by hand because the forms are few and specific (time before date in brackets, weekday
 * and "Ngày đăng:" prefixes, "ngày 28 tháng 8 năm 2019"), and a general date library would also
 * accept the dates inside sentences ("Ngày 10/7", "từ 9 - 15/11/2020") that are not metadata.
 */

export type DateLineKind = 'labelled' | 'bracketed' | 'plain' | 'weekday' | 'administrative';

export type ParsedDateLine = {
  /** ISO-8601 with +07:00, e.g. 2020-07-13T13:25:00+07:00. */
  iso: string;
  hasTime: boolean;
  kind: DateLineKind;
  /** The label before the date ("Ngày đăng", "Cập nhật", "Gửi lúc"), lower-cased; null without one. */
  label: string | null;
};

const WEEKDAY = /^(thứ\s*(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật)\s*,?\s*/iu;
const LABEL =
  /^(ngày\s+đăng|ngày\s+cập\s+nhật|cập\s+nhật|gửi\s+lúc|đăng\s+lúc|đăng\s+ngày|ngày\s+xuất\s+bản|thời\s+gian|ngày)\s*:\s*/iu;
const DAY_WORD = /^ngày\s+(?=\d)/iu;
const GMT = /\s*\(?\s*GMT\s*[+-]\s*\d{1,2}(?::?00)?\s*\)?\s*$/iu;
const TRAILING = /[\s\-–|,]+$/u;
// A byline's time sits after a dash (" - 07/03/2026 08:47") once the name is set apart.
const LEADING = /^[\s\-–|,]+/u;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AP]M|SA|CH))?`;
const DATE = String.raw`(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})`;
const SEP = String.raw`[\s,\-–|]*`;
const DATE_THEN_TIME = new RegExp(`^${DATE}(?:${SEP}${TIME})?$`, 'iu');
const TIME_THEN_DATE = new RegExp(`^${TIME}${SEP}${DATE}$`, 'iu');
// Spreadsheets and scraping tools write the year first: "2024-09-14 07:45".
const YEAR_FIRST = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[\\sT]+${TIME})?$`, 'iu');
const ADMINISTRATIVE =
  /^[\p{L} .]{2,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu;

type Parts = {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  hasTime: boolean;
};

/**
 * Reads one line that holds a publication date and nothing else of substance. Returns null for
 * ordinary sentences, including those that mention a date, so metadata is never taken from prose.
 */
export function parseDateLine(raw: string): ParsedDateLine | null {
  let line = raw
    .normalize('NFC')
    .replace(/[\u00a0\u2002-\u200b\t]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (line.length === 0 || line.length > 80) return null;
  const admin = ADMINISTRATIVE.exec(line);
  if (admin)
    return build(
      { y: +admin[3], mo: +admin[2], d: +admin[1], h: 0, mi: 0, s: 0, hasTime: false },
      'administrative',
      null,
    );

  let kind: DateLineKind = 'plain';
  let label: string | null = null;
  const weekday = WEEKDAY.exec(line);
  if (weekday) {
    kind = 'weekday';
    line = line.slice(weekday[0].length);
  }
  const labelled = LABEL.exec(line);
  if (labelled) {
    kind = 'labelled';
    label = labelled[1].toLowerCase().replace(/\s+/g, ' ');
    line = line.slice(labelled[0].length);
  }
  line = line.replace(DAY_WORD, '').replace(GMT, '').replace(TRAILING, '').replace(LEADING, '');
  if (/^\(.*\)$/u.test(line)) {
    line = line.slice(1, -1).trim();
    if (kind === 'plain') kind = 'bracketed';
  }
  const parts = matchParts(line);
  return parts ? build(parts, kind, label) : null;
}

function matchParts(line: string): Parts | null {
  const dt = DATE_THEN_TIME.exec(line);
  if (dt) return withTime({ d: +dt[1], mo: +dt[2], y: +dt[3] }, dt.slice(4, 8));
  const yf = YEAR_FIRST.exec(line);
  if (yf) return withTime({ y: +yf[1], mo: +yf[2], d: +yf[3] }, yf.slice(4, 8));
  const td = TIME_THEN_DATE.exec(line);
  if (td) return withTime({ d: +td[5], mo: +td[6], y: +td[7] }, td.slice(1, 5));
  return null;
}

/** [hour, minute, second, AM/PM] as matched; "00:01 AM" stays 00:01, "1:05 PM" is 13:05. */
function withTime(
  date: { y: number; mo: number; d: number },
  [hour, minute, second, meridiem]: (string | undefined)[],
): Parts | null {
  if (hour === undefined) return { ...date, h: 0, mi: 0, s: 0, hasTime: false };
  let h = +hour;
  if (meridiem) {
    if (h > 12) return null;
    const pm = /^(PM|CH)$/i.test(meridiem);
    h = (h % 12) + (pm ? 12 : 0);
  }
  return { ...date, h, mi: +minute!, s: second ? +second : 0, hasTime: true };
}

function build(p: Parts, kind: DateLineKind, label: string | null): ParsedDateLine | null {
  if (!isValid(p)) return null;
  return { iso: toIso(p), hasTime: p.hasTime, kind, label };
}

function isValid({ y, mo, d, h, mi, s }: Parts): boolean {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59)
    return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function toIso({ y, mo, d, h, mi, s }: Parts): string {
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+07:00`;
}

/** How much a date line looks like the article's own date rather than the page header's "today". */
export function dateLineWeight(line: ParsedDateLine): number {
  let weight = 0;
  if (line.kind === 'labelled') weight += line.label?.includes('cập nhật') ? 3 : 4;
  if (line.kind === 'bracketed') weight += 4;
  if (line.kind === 'administrative') weight += 2;
  if (line.hasTime) weight += 2;
  // A weekday with no time is how portal headers print the current date.
  if (line.kind === 'weekday' && !line.hasTime) weight -= 3;
  return weight;
}

/**
 * Picks the article's date among the date lines found near the top of a page: labelled or
 * bracketed first, then with a time, then the one closest to the title.
 */
export function pickArticleDate<T extends { date: ParsedDateLine; distanceToTitle: number }>(
  candidates: readonly T[],
): T | null {
  let best: T | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const score = dateLineWeight(candidate.date) * 10 - Math.min(candidate.distanceToTitle, 9);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

const VN_OFFSET_MS = 7 * 3600_000;

/**
 * A machine date (meta tag, <time datetime>, JSON-LD) in Vietnam's offset. The sites publish in
 * Vietnam's time, so a value without an offset is +07:00, not UTC (read as UTC, "00:01" became
 * 07:01); a space before the offset ("08:52:11.000 +07:00") is tolerated.
 */
export function parseMachineDate(value: string | null | undefined): ParsedDateLine | null {
  const text = value?.trim().replace(/\s+([+-]\d{2}:?\d{2}|Z)$/i, '$1');
  const match =
    text &&
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      text,
    );
  if (!match) return null;
  const [, y, mo, d, h, mi, s, zone] = match;
  const hasTime = h !== undefined;
  const local = `${y}-${mo}-${d}T${h ?? '00'}:${mi ?? '00'}:${s ?? '00'}`;
  let iso = `${local}+07:00`;
  if (zone && hasTime) {
    const ms = Date.parse(
      `${local}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`,
    );
    if (Number.isNaN(ms)) return null;
    iso = `${new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
  }
  const parts = { y: +y, mo: +mo, d: +d, h: +(h ?? 0), mi: +(mi ?? 0), s: +(s ?? 0), hasTime };
  if (!isValid(parts)) return null;
  return { iso, hasTime, kind: 'labelled', label: 'meta' };
}

/** dd/MM/yyyy HH:mm in Vietnam's time, whatever offset the ISO string carries. */
export function formatDisplayDate(iso: string, options: { withTime?: boolean } = {}): string {
  const local = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?\+07:00$/.exec(iso);
  let parts: [string, string, string, string, string];
  if (local) {
    parts = [local[3], local[2], local[1], local[4], local[5]];
  } else {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) return '';
    const d = new Date(ms + VN_OFFSET_MS);
    parts = [
      pad(d.getUTCDate()),
      pad(d.getUTCMonth() + 1),
      pad(d.getUTCFullYear(), 4),
      pad(d.getUTCHours()),
      pad(d.getUTCMinutes()),
    ];
  }
  const [day, month, year, hour, minute] = parts;
  const date = `${day}/${month}/${year}`;
  return options.withTime === false ? date : `${date} ${hour}:${minute}`;
}

/** Reads what a person types in the preview ("13/07/2020 13:25", "13/7/2020") back into ISO. */
export function parseUserDate(input: string): string | null {
  return parseDateLine(input)?.iso ?? null;
}
