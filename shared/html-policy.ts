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

/**
 * What a paste into a report may keep (Word, web pages; also `report create --body` and .docx
 * opening in main): the article policy's structure plus headings h1, page breaks and the few
 * inline styles the report model has attributes for. No class, no id, no event handlers, no
 * fonts; colours only when the caller asks (REPORT_PASTE_COLOR_STYLES).
 */
export const REPORT_PASTE_ALLOWED_TAGS = [
  ...ARTICLE_ALLOWED_TAGS.filter((tag) => !['pre', 'code', 'caption'].includes(tag)),
  'h1',
  'mark',
  'colgroup',
  'col',
];

export const REPORT_PASTE_ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'colspan',
  'rowspan',
  'colwidth',
  'style',
  'type',
  'start',
  'width',
  'data-page-break',
  'data-list-style',
  'data-placeholder',
  // ProseMirror's own copy: where the copied slice opens and closes (a part of a list item…).
  'data-pm-slice',
  'data-color',
  // A citation (shared/report/schema/citation.ts) keeps its article through copy and paste.
  'data-citation',
  'data-article-id',
  'data-site',
  'data-title',
  'data-date',
];

/** CSS properties kept on pasted elements; every other declaration of a style attribute is dropped. */
export const REPORT_PASTE_STYLES = [
  'text-align',
  'margin-left',
  'text-indent',
  'line-height',
  'vertical-align',
  'list-style-type',
];

/** Kept too when the user pastes "with colours", and on a copy from the report editor itself. */
export const REPORT_PASTE_COLOR_STYLES = ['color', 'background-color'];

/** Kept on a copy from the report editor itself (its HTML carries data-pm-slice). */
export const REPORT_PASTE_EDITOR_STYLES = ['font-size', ...REPORT_PASTE_COLOR_STYLES];
