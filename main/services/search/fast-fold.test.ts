import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../shared/text/vietnamese';
import { fastFold, foldUtf8ForPhrases } from './fast-fold';

const FOLDABLE = [
  'Ủy ban nhân dân tỉnh Đắk Lắk – “Hội nghị” lần thứ 35-CT/TW, 1.245,5 tỷ đồng.',
  'THỦY LỢI, KHỎE, HOÀ BÌNH; giao thông nông thôn\n\nđoạn hai\tcột',
  '',
];

describe('fast fold', () => {
  it.each(FOLDABLE)('folds exactly as foldVietnamese, from a string and from UTF-8: %s', (text) => {
    expect(fastFold(text)).toBe(foldVietnamese(text));
    // Non-word characters beyond Latin-1 (– “ ”) read as spaces: a phrase check sees them alike.
    const folded = [...foldVietnamese(text)]
      .map((ch) => (ch.charCodeAt(0) > 0xff ? ' ' : ch))
      .join('');
    expect(foldUtf8ForPhrases(Buffer.from(text, 'utf8'))).toBe(folded);
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
