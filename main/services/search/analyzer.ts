import type { ArticleBody, ArticleMeta } from '../../../shared/model';
import { foldVietnamese, syllableKey } from '../../../shared/text/vietnamese';

/** Which fields a word occurs in, one bit each; the top two bits hold a body-frequency bucket. */
export const FIELD = {
  title: 1,
  lead: 2,
  body: 4,
  captions: 8,
  author: 16,
  category: 32,
} as const;
const TF_SHIFT = 6;

/** One word of one article: the fields it occurs in, how often in lead and body, the marked forms seen. */
export type TermEntry = {
  info: number;
  count: number;
  variants: string[];
  /** Bits (NEXT_BIT) of the words that follow this one somewhere in the article: a cheap phrase filter. */
  next: number;
};

/** One of 16 bits for a folded word, so a posting can say which words may follow it. */
export function nextBit(folded: string): number {
  let hash = 0;
  for (let i = 0; i < folded.length; i++) hash = (Math.imul(hash, 31) + folded.charCodeAt(i)) | 0;
  return 1 << ((hash >>> 0) % 16);
}

/** The words of one article, by folded form. */
export type AnalyzedDoc = Map<string, TermEntry>;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Folding and keying every word of 100,000 articles is the costliest part of a build; the
 * distinct spellings number in the tens of thousands, so each is worked out once.
 */
const wordCache = new Map<string, [folded: string, marked: string, bit: number]>();
const WORD_CACHE_LIMIT = 500_000;

function analyzeWord(word: string): [string, string, number] {
  let entry = wordCache.get(word);
  if (!entry) {
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    const folded = foldVietnamese(word);
    entry = [folded, syllableKey(word), nextBit(folded)];
    wordCache.set(word, entry);
  }
  return entry;
}

function addField(doc: AnalyzedDoc, text: string, field: number, counted: boolean): void {
  WORD.lastIndex = 0;
  let previous: TermEntry | null = null;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const [folded, marked, bit] = analyzeWord(match[0]);
    if (folded.length === 0) continue;
    if (previous) previous.next |= bit;
    let entry = doc.get(folded);
    if (!entry) {
      entry = { info: field, count: counted ? 1 : 0, variants: [marked], next: 0 };
      doc.set(folded, entry);
    } else {
      entry.info |= field;
      if (counted) entry.count++;
      if (entry.variants[0] !== marked && !entry.variants.includes(marked))
        entry.variants.push(marked);
    }
    previous = entry;
  }
}

function tfBucket(count: number): number {
  if (count >= 8) return 3;
  if (count >= 4) return 2;
  return count >= 2 ? 1 : 0;
}

/** Splits an article into index entries. NFD or old-style text is handled by the folding itself. */
/** What the index reads of an article's metadata (the rebuild worker is sent just this). */
export type IndexedMeta = Pick<
  ArticleMeta,
  'id' | 'contentHash' | 'title' | 'lead' | 'author' | 'publishedAt' | 'site'
>;

export function analyzeArticle(
  meta: IndexedMeta,
  body: ArticleBody | null,
  categoryName: string | null,
): AnalyzedDoc {
  const doc: AnalyzedDoc = new Map();
  addField(doc, meta.title, FIELD.title, false);
  addField(doc, meta.lead, FIELD.lead, true);
  if (body) {
    addField(doc, body.text, FIELD.body, true);
    for (const caption of body.captions) addField(doc, caption, FIELD.captions, false);
  }
  if (meta.author) addField(doc, meta.author, FIELD.author, false);
  if (categoryName) addField(doc, categoryName, FIELD.category, false);
  for (const entry of doc.values()) entry.info |= tfBucket(entry.count) << TF_SHIFT;
  return doc;
}

/** Relevance weight of one posting, by its info byte: title highest, then lead, body, captions, author, category. */
export const FIELD_WEIGHTS: Float32Array = (() => {
  const weights = new Float32Array(256);
  for (let info = 0; info < 256; info++) {
    let w = 0;
    if (info & FIELD.title) w += 10;
    if (info & FIELD.lead) w += 4;
    if (info & FIELD.body) w += 1.5 + 0.5 * (info >> TF_SHIFT);
    if (info & FIELD.captions) w += 1.2;
    if (info & FIELD.author) w += 1;
    if (info & FIELD.category) w += 0.8;
    weights[info] = w;
  }
  return weights;
})();

/** Cheap change detector for one article: what the index holds for it, not read/starred state. */
export function fingerprint(meta: IndexedMeta, categoryName: string | null): number {
  const text = [
    meta.contentHash,
    meta.title,
    meta.lead,
    meta.author,
    categoryName,
    meta.publishedAt,
    meta.site,
  ].join('\u0001');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
