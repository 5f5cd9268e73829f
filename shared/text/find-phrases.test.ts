import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPhrases } from './find-phrases';
import type { QueryTerm } from './search-query';
import { splitWords } from './vietnamese';

describe('findPhrases', () => {
  /** The first version, over every word of the text: what the ranges must stay. */
  function overAllWords(folded: string, phrases: QueryTerm[][], found: [number, number][]) {
    const matches = (term: QueryTerm, word: string) =>
      word === term.folded || (term.prefix && word.startsWith(term.folded));
    const words = splitWords(folded);
    words.forEach((word, i) => {
      for (const phrase of phrases) {
        const last = words[i + phrase.length - 1];
        if (last && phrase.every((term, k) => matches(term, words[i + k]!.text)))
          found.push([word.start, last.end]);
      }
    });
  }
  const sorted = (ranges: [number, number][]) =>
    [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  it('finds what splitting the text into words found, surrogates, marks and punctuation included', () => {
    const piece = fc.constantFrom(
      'a',
      'b',
      'ab',
      'ba',
      '1',
      ' ',
      '. ',
      '-',
      '\u0301',
      '𝐀',
      '😀',
      '\ud800',
      '\udc00',
    );
    const term = fc.record({
      folded: fc.constantFrom('a', 'ab', 'b', 'ba', 'a\u0301', '𝐀', '\udc00', '1', ''),
      marked: fc.constant(null),
      prefix: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
        fc.array(fc.array(term, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }),
        (folded, phrases) => {
          const expected: [number, number][] = [];
          overAllWords(folded, phrases, expected);
          const got: [number, number][] = [];
          findPhrases(folded, phrases, got);
          expect(sorted(got)).toEqual(sorted(expected));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
