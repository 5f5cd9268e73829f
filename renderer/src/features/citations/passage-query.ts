import { splitWords } from '../../../../shared/text/vietnamese';

/** Enough words to find the passage again without making a very long phrase check. */
const MAX_WORDS = 40;

/**
 * A search phrase that marks a quoted passage in the reader: its words in quotes (the search
 * language's adjacent-words phrase), ending with a space so the last word is not a prefix.
 */
export function passageQuery(passage: string): string {
  const words = splitWords(passage.normalize('NFC'))
    .slice(0, MAX_WORDS)
    .map((word) => word.text);
  return words.length > 0 ? `"${words.join(' ')}" ` : '';
}
