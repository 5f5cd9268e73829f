import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { IsoDateTime, type ArticleDraft, type ArticleImage } from '../../../shared/model';
import type { Archive } from '../archive';

const SampleArticleSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  category: z.string().min(1),
  publishedAt: IsoDateTime,
  author: z.string().min(1),
  lead: z.string(),
  paragraphs: z.array(z.string().min(1)).min(1),
  image: z
    .object({
      file: z.string().regex(/^[a-z0-9-]+\.(png|jpg)$/),
      alt: z.string(),
      caption: z.string(),
      afterParagraph: z.number().int().nonnegative(),
    })
    .optional(),
});
const SampleFileSchema = z.object({
  site: z.string(),
  articles: z.array(SampleArticleSchema).min(1),
});
type SampleArticle = z.infer<typeof SampleArticleSchema>;

/** assets/sample from the source tree (tsx, tests, the host) or beside the bundled main (out/main). */
export function defaultSampleDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.resolve(here, '../../../assets/sample'),
    path.resolve(here, '../../assets/sample'),
    path.resolve(process.cwd(), 'assets/sample'),
  ];
  return candidates.find((dir) => existsSync(path.join(dir, 'articles.json'))) ?? candidates[0]!;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function toDraft(article: SampleArticle, site: string, image: ArticleImage | null): ArticleDraft {
  const blocks = article.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
  if (image && article.image) {
    const figure = `<figure><img src="${image.media}" alt="${escapeHtml(article.image.alt)}"><figcaption>${escapeHtml(article.image.caption)}</figcaption></figure>`;
    blocks.splice(Math.min(article.image.afterParagraph, blocks.length), 0, figure);
  }
  return {
    title: article.title,
    category: article.category,
    publishedAt: article.publishedAt,
    site,
    sourceUrl: `https://example.gov.vn/tin-mau/${article.slug}`,
    author: article.author,
    lead: article.lead,
    html: blocks.join(''),
    text: article.paragraphs.join('\n\n'),
    captions: image?.caption ? [image.caption] : [],
    images: image ? [image] : [],
  };
}

/**
 * Adds the sample articles shipped in assets/sample to the archive, through the Archive API like
 * any import. Articles already there (same source address) are skipped, so loading twice adds nothing.
 */
export async function loadSampleArchive(
  archive: Archive,
  dir = defaultSampleDir(),
): Promise<{ added: number; skipped: number }> {
  let parsed: z.infer<typeof SampleFileSchema>;
  try {
    parsed = SampleFileSchema.parse(
      JSON.parse(await readFile(path.join(dir, 'articles.json'), 'utf8')),
    );
  } catch (error) {
    throw new AppError(
      'unreadable-file',
      `${path.join(dir, 'articles.json')}: ${(error as Error).message}`,
    );
  }
  let added = 0;
  let skipped = 0;
  for (const article of parsed.articles) {
    const probe = toDraft(article, parsed.site, null);
    if (archive.findDuplicate(probe)) {
      skipped++;
      continue;
    }
    let image: ArticleImage | null = null;
    if (article.image) {
      const bytes = await readFile(path.join(dir, article.image.file));
      const media = await archive.storeMedia(bytes, path.extname(article.image.file).slice(1));
      image = { media, caption: article.image.caption, alt: article.image.alt, originalSrc: null };
    }
    await archive.addArticle(toDraft(article, parsed.site, image));
    added++;
  }
  return { added, skipped };
}
