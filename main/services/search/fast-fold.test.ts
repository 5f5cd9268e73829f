import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../shared/text/vietnamese';
import { fastFold, foldUtf8ForPhrases } from './fast-fold';

const FOLDABLE = [
  'Ủy ban nhân dân tỉnh Đắk Lắk – “Hội nghị” lần thứ 35-CT/TW, 1.245,5 tỷ đồng.',
  'THỦY LỢI, KHỎE, HOÀ BÌNH; giao thông nông thôn\n\nđoạn hai\tcột',
  '',
];

/** What foldUtf8ForPhrases gives for a folded text: null with a word character beyond Latin-1, else other characters beyond it as spaces. */
function forPhrases(folded: string): string | null {
  let out = '';
  for (const ch of folded) {
    if (ch.charCodeAt(0) <= 0xff) out += ch;
    else if (/[\p{L}\p{M}\p{N}]/u.test(ch)) return null;
    else out += ' '.repeat(ch.length);
  }
  return out;
}

describe('fast fold', () => {
  it.each(FOLDABLE)('folds exactly as foldVietnamese, from a string and from UTF-8: %s', (text) => {
    expect(fastFold(text)).toBe(foldVietnamese(text));
    // Non-word characters beyond Latin-1 (– “ ”) read as spaces: a phrase check sees them alike.
    expect(foldUtf8ForPhrases(Buffer.from(text, 'utf8'))).toBe(forPhrases(foldVietnamese(text)));
  });

  it('gives up (null) where one unit does not fold to one unit', () => {
    const nfd = 'Hội nghị'.normalize('NFD');
    expect(fastFold(nfd)).toBeNull();
    expect(foldUtf8ForPhrases(Buffer.from(nfd, 'utf8'))).toBeNull();
    expect(fastFold('Tin mới 🎉')).toBeNull();
    expect(foldUtf8ForPhrases(Buffer.from('Tin mới 🎉', 'utf8'))).toBeNull();
    // A word character beyond Latin-1 cannot be one byte: the caller folds the usual way.
    expect(foldUtf8ForPhrases(Buffer.from('Tin Москва', 'utf8'))).toBeNull();
    expect(foldUtf8ForPhrases(Buffer.from('café × 2 ½', 'utf8'))).toBe('cafe × 2 ½');
  });
});

// Mutation testing (npm run mutate -- main/services/search/fast-fold.ts) found the chunking of
// long texts, the units past the table and the UTF-8 edges untested.
describe('fast fold, over any text', () => {
  const units = fc.oneof(
    fc.constantFrom(...'aăâđeêioôơuưyÁÀẢÃẠĐƯỞỢ“”–… \n0123'),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  );
  const text = fc.array(units, { maxLength: 200 }).map((parts) => parts.join(''));

  it('is null or exactly foldVietnamese, from a string and from its UTF-8', () => {
    fc.assert(
      fc.property(text, (t) => {
        const folded = fastFold(t);
        if (folded !== null) expect(folded).toBe(foldVietnamese(t));
        const fromBytes = foldUtf8ForPhrases(Buffer.from(t, 'utf8'));
        // Lone surrogates become U+FFFD in UTF-8, so the bytes may fold where the string did not.
        if (fromBytes !== null)
          expect(fromBytes).toBe(forPhrases(foldVietnamese(Buffer.from(t).toString())));
        if (folded !== null && !/[\ud800-\udfff]/.test(t))
          expect(fromBytes).toBe(forPhrases(folded));
      }),
      { numRuns: 300 },
    );
  });

  it('folds letters past its table (Greek, Cyrillic, CJK) and NUL', () => {
    for (const t of ['ΑΒΓ δ', 'ПРИВЕТ', '人民委员会', 'a\0b', '\u2100\u2101 Ⅻ']) {
      expect(fastFold(t), t).toBe(foldVietnamese(t));
      expect(foldUtf8ForPhrases(Buffer.from(t)), t).toBe(forPhrases(foldVietnamese(t)));
    }
  });

  // Halves of a pair have no case of their own: folded one by one, "𐐀" would stay "𐐀", not "𐐨".
  it('gives up on characters outside the BMP rather than fold their halves', () => {
    for (const t of ['𐐀', 'Tin 𐐀𐐁', '🎉']) {
      expect(fastFold(t), t).toBeNull();
      expect(foldUtf8ForPhrases(Buffer.from(t)), t).toBeNull(); // 4 bytes in UTF-8
    }
  });

  it('folds a text longer than one chunk whole', () => {
    const long = 'Ủy ban ĐẮK LẮK '.repeat(2000) + 'cuối';
    expect(long.length).toBeGreaterThan(3 * 8192);
    expect(fastFold(long)).toBe(foldVietnamese(long));
    expect(foldUtf8ForPhrases(Buffer.from(long))).toBe(foldVietnamese(long));
  });

  it('gives up on UTF-8 it cannot read: cut sequences, stray continuation bytes, 4 bytes', () => {
    const cases = [
      [0x61, 0xc3], // "a" then the first byte of "à"
      [0xe1, 0xbb], // two of the three bytes of "ủ"
      [0x80],
      [0xc0, 0x80], // an overlong NUL
      [0xf0, 0x9f, 0x8e, 0x89], // 🎉
    ];
    for (const bytes of cases)
      expect(foldUtf8ForPhrases(Uint8Array.from(bytes)), String(bytes)).toBeNull();
    expect(foldUtf8ForPhrases(Buffer.from('à'))).toBe('a');
    expect(foldUtf8ForPhrases(Buffer.from('ủ'))).toBe('u');
    expect(foldUtf8ForPhrases(Buffer.from('\u07ff\u0800'))).toBe(
      forPhrases(foldVietnamese('\u07ff\u0800')),
    );
  });
});
