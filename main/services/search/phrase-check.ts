import type { ArticleBody, ArticleMeta } from '../../../shared/model';
import type { QueryTerm } from '../../../shared/text/search-query';
import { foldVietnamese, foldedWords } from '../../../shared/text/vietnamese';
import { HEAD_FIELDS } from './phrase-filter';
import { FIELD_BREAK } from './text-store';

function containsSequence(words: readonly string[], phrase: readonly QueryTerm[]): boolean {
  const first = phrase[0]?.folded;
  if (first === undefined) return true;
  for (
    let i = words.indexOf(first);
    i >= 0 && i + phrase.length <= words.length;
    i = words.indexOf(first, i + 1)
  ) {
    if (phrase.every((term, k) => words[i + k] === term.folded)) return true;
  }
  return false;
}

/**
 * True when every phrase stands, words adjacent, inside one field of the article. The index
 * has no word positions (at ~1,000 words an article they would triple its size and memory), so
 * phrases are confirmed on the text.
 */
export function hasPhrases(
  phrases: readonly (readonly QueryTerm[])[],
  meta: ArticleMeta,
  body: ArticleBody | null,
  categoryName: string | null,
): boolean {
  const fields = [
    meta.title,
    meta.lead,
    body?.text ?? '',
    ...(body?.captions ?? []),
    meta.author ?? '',
    categoryName ?? '',
  ];
  const folded = fields.map((field) => foldedWords(field));
  return phrases.every((phrase) => folded.some((words) => containsSequence(words, phrase)));
}

const patterns = new Map<string, RegExp>();
const PATTERN_CACHE = 64;
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The phrase as whole words of folded text with only non-word characters between them (not a
 * field break): the same test as comparing word lists, without splitting the text into words.
 */
function phrasePattern(phrase: readonly QueryTerm[]): RegExp {
  const key = phrase.map((term) => term.folded).join(' ');
  let pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size >= PATTERN_CACHE) patterns.clear();
    const gap = `[^\\p{L}\\p{M}\\p{N}${FIELD_BREAK}]+`;
    const words = phrase.map((term) => escape(term.folded)).join(gap);
    pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${words}(?![\\p{L}\\p{M}\\p{N}])`, 'u');
    patterns.set(key, pattern);
  }
  return pattern;
}

/**
 * `hasPhrases` over the text store's folded body and captions (FIELD_BREAK between fields; null
 * when no phrase can stand there) and the catalogue's title, lead, author and category, folded
 * only when `fields` says some phrase may stand among them.
 */
export function hasPhrasesFolded(
  phrases: readonly (readonly QueryTerm[])[],
  meta: ArticleMeta,
  foldedBody: string | null,
  categoryName: string | null,
  fields: number,
): boolean {
  let head: string | undefined;
  return phrases.every((phrase) => {
    const pattern = phrasePattern(phrase);
    if (foldedBody !== null && pattern.test(foldedBody)) return true;
    if ((fields & HEAD_FIELDS) === 0) return false;
    // One fold and one test for the short fields together.
    head ??= foldVietnamese(
      [meta.title, meta.lead, meta.author ?? '', categoryName ?? ''].join(FIELD_BREAK),
    );
    return pattern.test(head);
  });
}
