import type { ArticleMeta } from '../../../shared/model';

/**
 * catalog.jsonl stores each article as one line holding an array in this field order. Positional
 * arrays make the 100,000-article file about a third smaller than objects with keys, and
 * line-by-line parsing never builds one huge string (60 MB of UTF-8 is 120 MB as a JS string),
 * which is what keeps opening under a second and memory under budget.
 */
export const ARTICLE_FIELDS = [
  'id',
  'title',
  'categoryId',
  'publishedAt',
  'site',
  'sourceUrl',
  'author',
  'lead',
  'wordCount',
  'importedAt',
  'contentHash',
  'read',
  'starred',
  'readingPosition',
] as const satisfies readonly (keyof ArticleMeta)[];

export const ARTICLE_LINE = 'A';
export const TRASH_LINE = 'T';

export function encodeArticle(meta: ArticleMeta): unknown[] {
  return [ARTICLE_LINE, ...ARTICLE_FIELDS.map((field) => meta[field])];
}

export function encodeTrash(meta: ArticleMeta, deletedAt: string): unknown[] {
  return [TRASH_LINE, deletedAt, ...ARTICLE_FIELDS.map((field) => meta[field])];
}

/** The same pattern as IsoDateTime in shared/model.ts. */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;

const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isIso = (v: unknown): v is string => typeof v === 'string' && ISO.test(v);

/**
 * Checks one article's fields by hand and builds the meta with a fixed key order. Hand-written
 * because running a zod schema over 100,000 objects at every start costs several hundred
 * milliseconds; this is the same rule set as ArticleMetaSchema (a test holds them together).
 */
export function decodeArticle(values: unknown[], offset: number): ArticleMeta | string {
  // Plain indexing, no intermediate arrays: this runs 100,000 times while the app starts.
  const id = values[offset];
  const title = values[offset + 1];
  const categoryId = values[offset + 2];
  const publishedAt = values[offset + 3];
  const site = values[offset + 4];
  const sourceUrl = values[offset + 5];
  const author = values[offset + 6];
  const lead = values[offset + 7];
  const wordCount = values[offset + 8];
  const importedAt = values[offset + 9];
  const contentHash = values[offset + 10];
  const read = values[offset + 11];
  const starred = values[offset + 12];
  const readingPosition = values[offset + 13];
  if (values.length - offset !== ARTICLE_FIELDS.length)
    return `expected ${ARTICLE_FIELDS.length} fields`;
  if (!isString(id) || id.length === 0) return 'id is not a non-empty string';
  if (!isString(title)) return 'title is not a string';
  if (!isNullableString(categoryId)) return 'categoryId is not a string or null';
  if (publishedAt !== null && !isIso(publishedAt))
    return 'publishedAt is not an ISO date-time or null';
  if (!isNullableString(site) || !isNullableString(sourceUrl) || !isNullableString(author))
    return 'site, sourceUrl or author is not a string or null';
  if (!isString(lead)) return 'lead is not a string';
  if (!Number.isInteger(wordCount) || (wordCount as number) < 0)
    return 'wordCount is not a whole number ≥ 0';
  if (!isIso(importedAt)) return 'importedAt is not an ISO date-time';
  if (!isString(contentHash)) return 'contentHash is not a string';
  if (typeof read !== 'boolean' || typeof starred !== 'boolean')
    return 'read or starred is not true/false';
  if (typeof readingPosition !== 'number' || !(readingPosition >= 0 && readingPosition <= 1))
    return 'readingPosition is not between 0 and 1';
  return {
    id,
    title,
    categoryId,
    publishedAt: publishedAt as string | null,
    site,
    sourceUrl,
    author,
    lead,
    wordCount: wordCount as number,
    importedAt,
    contentHash,
    read,
    starred,
    readingPosition,
  };
}
