import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldUtf8ForPhrases } from './fast-fold';
import { decodeText, encodeText, foldEncodedForPhrases } from './text-codec';

const VIETNAMESE = 'Ủy ban nhân dân tỉnh Đắk Lắk – “Hội nghị” lần thứ 35-CT/TW, 1.245,5 tỷ đồng…';

/** Any UTF-16: Vietnamese letters and punctuation, any BMP unit (lone surrogates too), pairs. */
const units = fc.oneof(
  fc.constantFrom(...'aăâđeêioôơuưyÁÀẢÃẠĐƯỞỢỸỵ“”‘’–—…•°«» \n\t\r0123'),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
);
const anyText = fc.array(units, { maxLength: 200 }).map((parts) => parts.join(''));

describe('one-byte text code', () => {
  it('takes one byte a character for Vietnamese text', () => {
    expect(encodeText(VIETNAMESE).length).toBe(VIETNAMESE.length);
    expect(decodeText(encodeText(VIETNAMESE))).toBe(VIETNAMESE);
  });

  it('gives back every JS string exactly, escaped characters included', () => {
    fc.assert(fc.property(anyText, (text) => decodeText(encodeText(text)) === text));
  });

  it('folds for phrase checks exactly as foldUtf8ForPhrases folds the UTF-8', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        // Lone surrogates have no UTF-8 (they become U+FFFD there): both give up on them anyway.
        const wellFormed = text.replace(/\p{Cs}/gu, '\ufffd');
        expect(foldEncodedForPhrases(encodeText(wellFormed))).toBe(
          foldUtf8ForPhrases(Buffer.from(wellFormed, 'utf8')),
        );
      }),
    );
    expect(foldEncodedForPhrases(encodeText(VIETNAMESE))).toBe(
      foldUtf8ForPhrases(Buffer.from(VIETNAMESE, 'utf8')),
    );
  });

  it('reports a record cut inside an escape instead of reading past its end', () => {
    const bytes = encodeText('Москва');
    expect(() => decodeText(bytes.subarray(0, 2))).toThrow();
  });
});
