import { foldVietnamese } from '../../../shared/text/vietnamese';

export type Byline = { name: string; moreAuthors: boolean };

const MORE_AUTHORS = /\s*(và|cùng)\s+\d+\s+tác giả khác.*$/iu;
const COMPILED = /\s*\((tổng hợp|lược dịch|theo [^()]{2,40}|biên dịch|dịch)\)\s*$/iu;
const PREFIX = /^(theo|tác giả|bài|tin|tin và ảnh|bài và ảnh|thực hiện|nhóm pv)\s*:?\s+/iu;
const TRAILING_DATE = /\s*[-–|,]\s*\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}.*$/u;

/**
 * A byline as sites print it, reduced to the names: "Theo Hồ Hương" → "Hồ Hương", "Hà Thu
 * (tổng hợp)" → "Hà Thu", "NHẬT XUÂN và 1 tác giả khác" → "NHẬT XUÂN" (the others are elsewhere
 * on the page, if anywhere), "Nguyên Minh - 07/03/2026 08:47" → "Nguyên Minh".
 */
export function cleanByline(raw: string): Byline | null {
  let name = raw.replace(/\s+/g, ' ').trim();
  const moreAuthors = MORE_AUTHORS.test(name);
  name = name
    .replace(MORE_AUTHORS, '')
    .replace(TRAILING_DATE, '')
    .replace(COMPILED, '')
    .replace(PREFIX, '')
    .trim();
  if (!name || name.length > 80 || /[.!?;:]$/u.test(name)) return null;
  return { name, moreAuthors };
}

const SITE_WORDS =
  /^(báo|tạp chí|cổng|trang|đài|thông tấn|tuổi trẻ online)\b|\.(vn|com|net|org)\b|^https?:/iu;

/** The main label of a host: "dantri" for dantri.com.vn, "baochinhphu" for baochinhphu.vn. */
export function hostLabel(url: string | null): string | null {
  if (!url) return null;
  try {
    const parts = new URL(url).hostname.replace(/^www\./, '').split('.');
    return parts[0] || null;
  } catch {
    return null;
  }
}

const squash = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]/g, '');

/**
 * Sites put their own name where an author belongs (meta author "VnExpress", "Dân Trí",
 * "TUOI TRE ONLINE", "baochinhphu.vn"): a name that is the site's is not an author.
 */
export function isSiteName(
  name: string,
  site: { siteName: string | null; host: string | null },
): boolean {
  if (SITE_WORDS.test(name)) return true;
  const folded = squash(name);
  if (!folded) return true;
  const siteFolded = site.siteName ? squash(site.siteName) : '';
  if (
    siteFolded &&
    (folded === siteFolded || siteFolded.includes(folded) || folded.includes(siteFolded))
  )
    return true;
  return (
    !!site.host &&
    site.host.length >= 4 &&
    (folded.includes(site.host) || site.host.includes(folded))
  );
}
