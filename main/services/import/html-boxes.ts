import { elementsUnder, findAll, pattern } from './dom-find';
import { cleanText } from './html-text';

/**
 * The article's body among the elements the templates name: the one holding the most paragraph
 * text, then the tightest element inside it that still holds nearly all of it. A page can carry
 * the same class twice (a photo viewer's ".content-detail" before the real ".detail-content";
 * a wrapper holding the headline and byline around ".maincontent").
 */
export function pickBody(doc: Document, selectors: string[]): Element | null {
  const candidates = [...new Set(selectors.flatMap((s) => findAll(doc, pattern(s))))];
  const scored = candidates
    .map((el) => ({ el, score: paragraphText(el) }))
    .filter((c) => c.score > 0);
  if (scored.length === 0) return candidates.find((el) => cleanText(el.textContent)) ?? null;
  let best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  for (;;) {
    const inner = scored.find(
      (c) => c.el !== best.el && best.el.contains(c.el) && c.score >= best.score * 0.85,
    );
    if (!inner) return best.el;
    best = inner;
  }
}

function paragraphText(root: Element): number {
  let total = 0;
  for (const p of elementsUnder(root, 'p')) {
    if (insideBox(p, root)) continue;
    total += cleanText(p.textContent).length;
  }
  return total;
}

/** Labels that open a box of other articles or of reader comments. */
const BOX_LABEL =
  /^(tham khảo thêm|tin liên quan|bài liên quan|tin cùng chuyên mục|cùng chuyên mục|tin mới|tin khác|xem thêm|đọc thêm|có thể bạn quan tâm|bạn có thể quan tâm|tin nổi bật|đọc nhiều|bình luận|ý kiến bạn đọc)\s*:?$/iu;
const BOX_CLASS =
  /related|relation|lienquan|xemthem|box-category|comment|binhluan|(^|[\s_-])(social|share|tags?|topic|readmore|see-also)([\s_-]|$)/i;
/** Lines that are a comment box's or a widget's, never an article's. */
const PLACEHOLDER =
  /^(hiện chưa có bình luận nào.*|chưa có bình luận.*|viết bình luận.*|gửi bình luận.*|bình luận bài viết này|tối đa:?\s*\d+\s*ký tự|thông tin tài khoản|trở thành người đầu tiên tặng sao.*|link bài gốc|lấy link!?|sao chép liên kết|copy link thành công|\d[\d.,]*\s*lượt xem|lượt xem\s*:?\s*[\d.,]*)$/iu;

function insideBox(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (isBoxElement(node)) return true;
  }
  return false;
}

const BLOCKS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'nav', 'footer', 'header', 'table']);

function isBoxElement(el: Element): boolean {
  if (!BLOCKS.has(el.localName)) return false;
  const marks = ['class', 'id', 'type', 'data-marked-zoneid']
    .map((name) => el.getAttribute(name) ?? '')
    .join(' ');
  return BOX_CLASS.test(marks);
}

/**
 * Takes out of the body what the page put inside it but is not the article: related-article
 * boxes (by their class, or by their label "Tham khảo thêm", "TIN LIÊN QUAN"), comment
 * placeholders and view counters. Returns how many things went.
 */
export function removeBoxes(body: Element): number {
  let removed = 0;
  for (const el of elementsUnder(body)) {
    if (!body.contains(el)) continue;
    if (isBoxElement(el)) {
      el.remove();
      removed++;
      continue;
    }
    const text = cleanText(el.textContent);
    if (el.children.length === 0 && BOX_LABEL.test(text)) {
      boxAround(el, body).remove();
      removed++;
    } else if (PLACEHOLDER.test(text) && text.length < 120) {
      el.remove();
      removed++;
    }
  }
  return removed;
}

/**
 * The box a label heads: climb while the ancestor still holds little beyond links and short
 * lines, stopping below the body itself.
 */
function boxAround(label: Element, body: Element): Element {
  let box = label;
  while (box.parentElement && box.parentElement !== body && looksLikeBox(box.parentElement)) {
    box = box.parentElement;
  }
  return box;
}

function looksLikeBox(el: Element): boolean {
  const text = cleanText(el.textContent).length;
  if (text > 3000) return false;
  const longParagraphs = elementsUnder(el, 'p').filter(
    (p) => cleanText(p.textContent).length > 300,
  ).length;
  return longParagraphs === 0;
}
