import type { ArticleBody, ArticleMeta } from '../../../shared/model';
import type { QueryTerm } from '../../../shared/text/search-query';
import { foldedWords } from '../../../shared/text/vietnamese';

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
 * has no word positions (they would double its size), so phrases are confirmed on the text.
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
