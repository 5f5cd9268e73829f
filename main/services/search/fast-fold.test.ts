import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../shared/text/vietnamese';
import { fastFold, fastFoldUtf8 } from './fast-fold';

const FOLDABLE = [
  'Ủy ban nhân dân tỉnh Đắk Lắk – “Hội nghị” lần thứ 35-CT/TW, 1.245,5 tỷ đồng.',
  'THỦY LỢI, KHỎE, HOÀ BÌNH; giao thông nông thôn\n\nđoạn hai\tcột',
  '',
];

describe('fast fold', () => {
  it.each(FOLDABLE)('folds exactly as foldVietnamese, from a string and from UTF-8: %s', (text) => {
    expect(fastFold(text)).toBe(foldVietnamese(text));
    expect(fastFoldUtf8(Buffer.from(text, 'utf8'))).toBe(foldVietnamese(text));
  });

  it('gives up (null) where one unit does not fold to one unit', () => {
    const nfd = 'Hội nghị'.normalize('NFD');
    expect(fastFold(nfd)).toBeNull();
    expect(fastFoldUtf8(Buffer.from(nfd, 'utf8'))).toBeNull();
    expect(fastFold('Tin mới 🎉')).toBeNull();
    expect(fastFoldUtf8(Buffer.from('Tin mới 🎉', 'utf8'))).toBeNull();
  });
});
