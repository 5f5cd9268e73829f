import type { ArticleDraft, ArticleImage } from '../../../shared/model';
import { toNfc } from '../../../shared/text/vietnamese';
import type { ImportInspection } from '../../../shared/ipc/import';
import type { FieldReports, ImportWarning } from './fields';
import type { Paragraph } from './portal-body';

export type ImportFormat = ImportInspection['format'];

/** What every importer hands back: the draft plus how sure it is of each field. */
export type ImportOutcome = Omit<ImportInspection, 'fileName'>;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Plain paragraphs (copied text) as the sanitized HTML the reader shows. */
export function paragraphsToHtml(paragraphs: Paragraph[]): string {
  return paragraphs
    .map((p) => {
      if (p.role === 'caption')
        return `<figure class="image-placeholder"><figcaption>${escapeHtml(p.text)}</figcaption></figure>`;
      return p.role === 'lead'
        ? `<p class="lead">${escapeHtml(p.text)}</p>`
        : `<p>${escapeHtml(p.text)}</p>`;
    })
    .join('\n');
}

export function draftFromFields(
  fields: FieldReports,
  body: { html: string; text: string; captions: string[]; images: ArticleImage[] },
): ArticleDraft {
  return {
    title: fields.title.value ?? '',
    category: fields.category.value,
    publishedAt: fields.publishedAt.value,
    site: fields.site.value,
    sourceUrl: null,
    author: fields.author.value,
    lead: fields.lead.value ?? '',
    html: body.html,
    text: toNfc(body.text),
    captions: body.captions,
    images: body.images,
  };
}

export function withWarning(warnings: ImportWarning[], warning: ImportWarning): ImportWarning[] {
  return warnings.some((w) => w.code === warning.code) ? warnings : [...warnings, warning];
}
