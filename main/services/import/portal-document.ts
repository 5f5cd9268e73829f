import { parseDateLine } from '../../../shared/text/dates';

/** "I. KẾT QUẢ THỰC HIỆN …", "1. TÌNH HÌNH CHUNG": a section heading in capitals, never a title. */
const CAPS_SECTION = /^([IVX]{1,4}|\d{1,2}|[A-D])[.)]\s+\p{Lu}/u;
const DOCUMENT_KIND =
  /^(báo cáo|kế hoạch|quyết định|thông báo|tờ trình|hướng dẫn|công văn|chỉ thị|nghị quyết|chương trình|đề án|biên bản|thông tư|nghị định|tổng hợp|kết luận|quy chế)\b/iu;
/** The national heading and document number of an administrative document. */
const FORMALITY =
  /^(cộng hò?a xã hội chủ nghĩa việt nam|cộng hoà xã hội chủ nghĩa việt nam|độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc|số\s*:|kính gửi\s*:|-{3,}|_{3,})/iu;

const isAllCaps = (line: string) =>
  /\p{Lu}/u.test(line) && line === line.toLocaleUpperCase('vi') && /\p{L}{2}/u.test(line);

export function isCapsSection(line: string): boolean {
  return CAPS_SECTION.test(line) && isAllCaps(line.replace(CAPS_SECTION, ''));
}

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;

/**
 * A report or plan rather than news: capitalised sections ("I. KẾT QUẢ …") or the national
 * heading near the top.
 */
export function looksLikeDocument(lines: string[]): boolean {
  const top = lines.slice(0, 20);
  return top.some(isCapsSection) || top.slice(0, 6).some((line) => FORMALITY.test(line));
}

export type DocumentTitle = { index: number; confidence: number };

/**
 * A document's title: the first line that names what the document is ("Báo cáo kết quả …"),
 * or the line under a heading that only says so ("BÁO CÁO" then "Kết quả …"). Agency names,
 * the national heading, the number, the place-and-date line and capitalised sections are not.
 */
export function findDocumentTitle(lines: string[]): DocumentTitle | null {
  const limit = Math.min(lines.length, 14);
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    if (FORMALITY.test(line) || parseDateLine(line) || isCapsSection(line)) continue;
    if (isAllCaps(line)) {
      const next = lines[i + 1];
      if (
        DOCUMENT_KIND.test(line) &&
        words(line) <= 3 &&
        next &&
        !isAllCaps(next) &&
        words(next) >= 3
      )
        return { index: i + 1, confidence: 0.7 };
      continue;
    }
    if (words(line) < 4 || /[.:]$/u.test(line)) continue;
    return { index: i, confidence: DOCUMENT_KIND.test(line) ? 0.85 : 0.55 };
  }
  return null;
}
