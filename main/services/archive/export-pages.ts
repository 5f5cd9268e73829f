import type { Article, ArticleMeta } from '../../../shared/model';
import { formatDisplayDate } from '../../../shared/text/dates';
import { foldVietnamese } from '../../../shared/text/vietnamese';

const SLUG_MAX = 80;

/** Said on the page of an article whose body file is gone, so the gap is seen, not silent. */
const MISSING_BODY =
  'Nội dung bài này không còn trong kho khi xuất. / The body of this article was missing from the archive.';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Folded, so the name survives any file system, zip tool or e-mail client the office uses. */
function slugOf(title: string): string {
  const slug = foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, '');
  return slug || 'tin-bai';
}

function dayOf(publishedAt: string | null): string {
  if (!publishedAt) return 'khong-ro-ngay';
  const [day, month, year] = formatDisplayDate(publishedAt, { withTime: false }).split('/');
  return year ? `${year}-${month}-${day}` : 'khong-ro-ngay';
}

/** The names already given: a Set, or export-selection's compact HashedNameSet. */
export type TakenNames = { has(name: string): boolean; add(name: string): unknown };

/** `<yyyy-mm-dd>-<slug>.html`, with -2, -3… when two articles would share a name. */
export function exportFileName(
  article: Pick<ArticleMeta, 'publishedAt' | 'title'>,
  taken: TakenNames,
): string {
  const base = `${dayOf(article.publishedAt)}-${slugOf(article.title)}`;
  let name = `${base}.html`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.html`;
  taken.add(name);
  return name;
}

function metaLine(label: string, value: string | null | undefined): string {
  return value ? `<p class="meta"><b>${label}:</b> ${escapeHtml(value)}</p>` : '';
}

/** One self-contained page; the body is the archive's sanitized HTML, its images under media/. */
export function articlePage(article: Article, categoryName: string | null): string {
  const title = escapeHtml(article.title);
  const date = article.publishedAt ? formatDisplayDate(article.publishedAt) : null;
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head><meta charset="utf-8">',
    `<title>${title}</title>`,
    '<style>body{max-width:44rem;margin:2rem auto;padding:0 1rem;font:18px/1.6 serif}img{max-width:100%}.meta{color:#444;margin:.2rem 0}</style>',
    '</head>',
    '<body>',
    metaLine('Trang', article.site),
    metaLine('Chuyên mục', categoryName),
    `<h1>${title}</h1>`,
    metaLine('Ngày đăng', date),
    article.lead ? `<p><strong>${escapeHtml(article.lead)}</strong></p>` : '',
    article.body
      ? `<article>${article.body.html}</article>`
      : `<p class="meta"><b>${MISSING_BODY}</b></p>`,
    metaLine('Tác giả', article.author),
    metaLine('Nguồn', article.sourceUrl),
    '</body>',
    '</html>',
  ].join('\n');
}
