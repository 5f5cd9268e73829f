import { stat } from 'node:fs/promises';
import yazl from 'yazl';
import { AppError } from '../../../shared/errors';
import type { Article } from '../../../shared/model';
import { formatDisplayDate } from '../../../shared/text/dates';
import { foldVietnamese } from '../../../shared/text/vietnamese';
import type { Archive } from './archive';

export type SelectionExport = { fileName: string; bytes: Buffer };

const SLUG_MAX = 80;

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

/** `<yyyy-mm-dd>-<slug>.html`, with -2, -3… when two articles would share a name. */
export function exportFileName(article: Article, taken: Set<string>): string {
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
    `<article>${article.body?.html ?? ''}</article>`,
    metaLine('Tác giả', article.author),
    metaLine('Nguồn', article.sourceUrl),
    '</body>',
    '</html>',
  ].join('\n');
}

async function addMedia(zip: yazl.ZipFile, archive: Archive, article: Article, added: Set<string>) {
  for (const image of article.body?.images ?? []) {
    if (!image.media || added.has(image.media)) continue;
    const file = archive.mediaPath(image.media);
    // A photo lost from media/ leaves a broken image in the page, not a failed export.
    if (
      !(await stat(file).then(
        (s) => s.isFile(),
        () => false,
      ))
    )
      continue;
    added.add(image.media);
    zip.addFile(file, image.media, { compress: false });
  }
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Builds the zip for the library's "Xuất": every id must exist, or nothing is exported. */
export async function exportSelection(archive: Archive, ids: string[]): Promise<SelectionExport> {
  const unique = [...new Set(ids)];
  const missing = unique.filter((id) => !archive.getMeta(id));
  if (missing.length > 0) throw new AppError('not-found', missing.slice(0, 5).join(', '));
  const categories = new Map(archive.listCategories().map((c) => [c.id, c.name]));
  const zip = new yazl.ZipFile();
  const names = new Set<string>();
  const media = new Set<string>();
  for (const id of unique) {
    const article = await archive.getArticle(id);
    const page = articlePage(
      article,
      article.categoryId ? (categories.get(article.categoryId) ?? null) : null,
    );
    zip.addBuffer(Buffer.from(page, 'utf8'), exportFileName(article, names));
    await addMedia(zip, archive, article, media);
  }
  zip.end();
  const bytes = await collect(zip.outputStream);
  return { fileName: `kho-tin-${unique.length}-tin-bai.zip`, bytes };
}
