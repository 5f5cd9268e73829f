import type { ArticleMeta } from '../../../shared/model';
import type { ARTICLE_FIELDS } from './catalog-codec';

type Field = (typeof ARTICLE_FIELDS)[number];
type Rule = (value: unknown) => boolean;

/** The same pattern as IsoDateTime in shared/model.ts. */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;
const isString: Rule = (v) => typeof v === 'string';
const isNullableString: Rule = (v) => v === null || typeof v === 'string';
const isBoolean: Rule = (v) => typeof v === 'boolean';

/** decodeArticle's rules, one per field (a test holds the two together). */
const RULES: Record<Field, Rule> = {
  id: (v) => typeof v === 'string' && v.length > 0,
  title: isString,
  categoryId: isNullableString,
  publishedAt: (v) => v === null || (typeof v === 'string' && ISO.test(v)),
  site: isNullableString,
  sourceUrl: isNullableString,
  author: isNullableString,
  lead: isString,
  wordCount: (v) => Number.isInteger(v) && (v as number) >= 0,
  importedAt: (v) => typeof v === 'string' && ISO.test(v),
  contentHash: isString,
  read: isBoolean,
  starred: isBoolean,
  readingPosition: (v) => typeof v === 'number' && v >= 0 && v <= 1,
};

/**
 * True when every stored value passes its field's rule, checked a column at a time and, for a
 * dictionary column, once per distinct value (one check of "Kinh tế" instead of 30,000). The
 * metas can then be built without checking each article again, which was a third of opening
 * 100,000 articles. False sends the decode to decodeArticle, which names the first bad article.
 */
export function allValuesValid(
  fields: readonly Field[],
  stored: readonly (readonly unknown[])[],
): boolean {
  for (let f = 0; f < fields.length; f++) {
    const rule = RULES[fields[f]!];
    const values = stored[f]!;
    for (let i = 0; i < values.length; i++) if (!rule(values[i])) return false;
  }
  return true;
}

/** Article `a` from columns in ARTICLE_FIELDS order that passed allValuesValid; decodeArticle's key order. */
export function metaAt(columns: readonly (readonly unknown[])[], a: number): ArticleMeta {
  return {
    id: columns[0]![a] as string,
    title: columns[1]![a] as string,
    categoryId: columns[2]![a] as string | null,
    publishedAt: columns[3]![a] as string | null,
    site: columns[4]![a] as string | null,
    sourceUrl: columns[5]![a] as string | null,
    author: columns[6]![a] as string | null,
    lead: columns[7]![a] as string,
    wordCount: columns[8]![a] as number,
    importedAt: columns[9]![a] as string,
    contentHash: columns[10]![a] as string,
    read: columns[11]![a] as boolean,
    starred: columns[12]![a] as boolean,
    readingPosition: columns[13]![a] as number,
  };
}
