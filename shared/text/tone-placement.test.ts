import { describe, expect, it } from 'vitest';
import { placementOf, tonePlacementOf, withTonePlacement } from './tone-placement';

describe('tone placement', () => {
  it("moves the tone of oa, oe and uy between the two ways, in the word's case", () => {
    const pairs = [
      ['hòa', 'hoà'],
      ['khỏe', 'khoẻ'],
      ['thủy', 'thuỷ'],
      ['Ủy', 'Uỷ'],
      ['HÒA', 'HOÀ'],
      ['Thúy', 'Thuý'],
      ['tọa', 'toạ'],
      ['xòe', 'xoè'],
    ];
    for (const [newer, older] of pairs) {
      expect(withTonePlacement(older!, 'new'), older).toBe(newer);
      expect(withTonePlacement(newer!, 'old'), newer).toBe(older);
      expect(withTonePlacement(newer!.normalize('NFD'), 'new')).toBe(newer);
      expect(placementOf(newer!)).toBe('new');
      expect(placementOf(older!)).toBe('old');
    }
  });

  it('leaves the syllables written one way only as they are', () => {
    for (const word of [
      'hoàn',
      'toán',
      'quý',
      'quả',
      'thuở',
      'ngoài',
      'khuya',
      'huỳnh',
      'hoa',
      'Việt',
      'hội',
    ]) {
      expect(placementOf(word), word).toBeNull();
      expect(withTonePlacement(word, 'new')).toBe(word);
      expect(withTonePlacement(word, 'old')).toBe(word);
    }
  });

  it('tells which placement a text mostly uses', () => {
    expect(tonePlacementOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Ủy ban nhân dân')).toBe('new');
    expect(tonePlacementOf('Cộng hoà xã hội; Uỷ ban; sức khoẻ, còn hòa')).toBe('old');
    expect(tonePlacementOf('Báo cáo tình hình kinh tế')).toBeNull();
    expect(tonePlacementOf('hòa và hoà')).toBeNull();
  });
});
