/**
 * What an article body may contain, for DOMPurify on import (main) and again before display
 * (renderer): text structure, tables, figures, images and links — no styles (CSS can fetch
 * remote resources), no SVG or MathML, no forms, frames or embeds.
 */
export const ARTICLE_ALLOWED_TAGS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'img',
  'a',
  'hr',
  'pre',
  'code',
  'span',
  'div',
];

export const ARTICLE_ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'class'];
