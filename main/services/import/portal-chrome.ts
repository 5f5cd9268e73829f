/**
 * Page chrome that comes along when a person copies a portal page: font-size widgets, counters,
 * footers, weather, hotlines, related-article lists. Matched on whole lines only, so an article
 * sentence that merely mentions these words is never removed.
 */
const CHROME_LINE = [
  /^xem với cỡ chữ/iu,
  /^(mặc định\s*)?cỡ chữ(\s|:|$)/iu,
  /^(aa|a\s*a|a\s*\+\s*a\s*-|a-\s*a\+)$/iu,
  /^lượt xem\s*:?\s*[\d.,]*$/iu,
  /^[\d.,]+\s*lượt (xem|đọc|thích|chia sẻ)$/iu,
  /^(số )?lượt (truy cập|đọc)\s*:?\s*[\d.,]*$/iu,
  /^(trang chủ|đăng nhập|đăng ký|tìm kiếm|english|liên hệ|sơ đồ (cổng|trang)|rss)$/iu,
  /^(hiện chưa có bình luận nào|chưa có bình luận|tối đa:?\s*\d+\s*ký tự).*$/iu,
  /^in ra$/iu,
  /^(in bài|in trang|gửi email|gửi bài|chia sẻ|share|lưu bài|quay lại|về đầu trang|bản in)$/iu,
  /^(đường dây nóng|hotline)(\s|:|$)/iu,
  /^(thời tiết|dự báo thời tiết)(\s|:|$)/iu,
  /^\p{L}[\p{L} .]{1,25}\s*-?\d{1,2}\s*(°|º)\s*C\b.{0,20}$/iu,
  /^-?\d{1,2}\s*(°|º)\s*C(\s*[-–/]\s*-?\d{1,2}\s*(°|º)\s*C)?$/iu,
  /^(độ ẩm|gió|uv)\s*:?\s*\d.{0,15}$/iu,
  /^(bình luận|ý kiến bạn đọc)$/iu,
];

/** Lines after which the copy is no longer the article (related lists, comment boxes, footers). */
const END_OF_ARTICLE = [
  /^tin cùng chuyên mục/iu,
  /^tin nổi bật/iu,
  /^tin liên quan/iu,
  /^(các )?tin (khác|đã đưa|mới)(\s|:|$)/iu,
  /^bài viết liên quan/iu,
  /^viết bình luận/iu,
  /^gửi bình luận/iu,
  /^tổng số lượt truy cập/iu,
  /^bản quyền thuộc/iu,
  /^©/u,
];

/** "Trang chủ > Tin tức > Kinh tế", "Trang chủ / Thời sự", "Trang chủ » …": its last step is the category. */
const BREADCRUMB = /^(trang chủ|home)\s*([>»/›|]\s*[^>»/›|]{1,60}\s*)+$/iu;

export function breadcrumbLeaf(line: string): string | null {
  if (!BREADCRUMB.test(line)) return null;
  const steps = line
    .split(/[>»/›|]/u)
    .map((step) => step.trim())
    .filter(Boolean);
  return steps.length >= 2 ? steps[steps.length - 1] : null;
}

/**
 * A source footer aggregators append, standing alone at the end: "Nguồn TTXVN: https://…",
 * "Theo Báo Tin tức: baotintuc.vn/…". A credit without an address ("Nguồn: TTXVN") stays a credit.
 */
const SOURCE_FOOTER =
  /^(nguồn|theo)\s+[^:]{2,60}:\s*(https?:\/\/|www\.|[\w-]+(\.[\w-]+)*\.(vn|com|net|org)\b)\S*$/iu;

export function isSourceFooter(line: string): boolean {
  return SOURCE_FOOTER.test(line);
}

export function isChromeLine(line: string): boolean {
  return CHROME_LINE.some((pattern) => pattern.test(line));
}

export function isEndOfArticle(line: string): boolean {
  return END_OF_ARTICLE.some((pattern) => pattern.test(line));
}

/** A bare number under the date is a view counter. */
export function isCounterLine(line: string): boolean {
  return /^\d{1,9}$/u.test(line);
}
