/**
 * Page chrome that comes along when a person copies a portal page: font-size widgets, counters,
 * footers, weather, hotlines, related-article lists. Matched on whole lines only, so an article
 * sentence that merely mentions these words is never removed.
 */
const CHROME_LINE = [
  /^xem với cỡ chữ/iu,
  /^(mặc định\s*)?cỡ chữ(\s|:|$)/iu,
  /^(aa|a\s*a|a\s*\+\s*a\s*-|a-\s*a\+)$/iu,
  /^lượt xem\s*:?\s*\d*$/iu,
  /^(số )?lượt (truy cập|đọc)\s*:?\s*\d*$/iu,
  /^in ra$/iu,
  /^(in bài|in trang|gửi email|gửi bài|chia sẻ|share|lưu bài|quay lại|về đầu trang|bản in)$/iu,
  /^(đường dây nóng|hotline)(\s|:|$)/iu,
  /^(thời tiết|dự báo thời tiết)(\s|:|$)/iu,
  /^\p{L}[\p{L} ]{1,25}\s*-?\d{1,2}\s*(°|º)\s*C\b.{0,20}$/iu,
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
