import type { ArticleBody, ArticleDraft, ArticleMeta } from '../../../shared/model';
import { contentHash, countWords } from './content-hash';

const nfc = (value: string) => value.normalize('NFC');
const nfcOrNull = (value: string | null) => (value === null ? null : nfc(value));

/** The body file for a draft: every string stored NFC, whatever form the source served. */
export function bodyFromDraft(id: string, draft: ArticleDraft): ArticleBody {
  return {
    id,
    html: nfc(draft.html),
    text: nfc(draft.text),
    captions: draft.captions.map(nfc),
    images: draft.images.map((image) => ({
      ...image,
      caption: nfcOrNull(image.caption),
      alt: nfcOrNull(image.alt),
    })),
  };
}

type Assigned = { id: string; categoryId: string | null; importedAt: string };
type ReaderState = Pick<ArticleMeta, 'read' | 'starred' | 'readingPosition'>;

export function metaFromDraft(
  draft: ArticleDraft,
  assigned: Assigned,
  reader?: ReaderState,
): ArticleMeta {
  const text = nfc(draft.text);
  return {
    id: assigned.id,
    title: nfc(draft.title).trim(),
    categoryId: assigned.categoryId,
    publishedAt: draft.publishedAt,
    site: nfcOrNull(draft.site),
    sourceUrl: draft.sourceUrl,
    author: nfcOrNull(draft.author),
    lead: nfc(draft.lead),
    wordCount: countWords(text),
    importedAt: assigned.importedAt,
    contentHash: contentHash(text),
    read: reader?.read ?? false,
    starred: reader?.starred ?? false,
    readingPosition: reader?.readingPosition ?? 0,
  };
}
