import dictionaryVi from 'dictionary-vi';
import { describe, expect, it } from 'vitest';
import { placementOf } from '../../../../../../shared/text/tone-placement';
import { syllableKey } from '../../../../../../shared/text/vietnamese';
import { createSpellChecker, isExempt } from './spell-checker';

const decoder = new TextDecoder();
const dictionary = { aff: decoder.decode(dictionaryVi.aff), dic: decoder.decode(dictionaryVi.dic) };
const checker = createSpellChecker(dictionary);

describe('spell-checker', () => {
  it('accepts both tone placements, whatever the case or normal form', () => {
    for (const word of ['hoà', 'hòa', 'thuỷ', 'thủy', 'khoẻ', 'khỏe', 'Ủy', 'Uỷ', 'HÒA', 'Hòa']) {
      expect(checker.isCorrect(word), word).toBe(true);
      expect(checker.isCorrect(word.normalize('NFD')), `${word} (NFD)`).toBe(true);
    }
  });

  it('accepts a sentence of ordinary report Vietnamese', () => {
    const text =
      'Ủy ban nhân dân tỉnh Kiên Giang báo cáo tình hình kinh tế - xã hội quý III năm 2025 ' +
      'và phương hướng, nhiệm vụ trọng tâm quý IV; Chủ tịch UBND tỉnh chỉ đạo các sở, ngành thực hiện.';
    expect(checker.misspellings(text)).toEqual([]);
  });

  it('does not flag names and abbreviations in capitals, numbers, codes or addresses', () => {
    const text =
      'UBND, HĐND, KT-XH, TTHC, iPhone, 30/2020/NĐ-CP, ND30, 15%, 1.234,5 tỷ, a) b) ' +
      'www.kiengiang.gov.vn và vanphong@kiengiang.gov.vn, https://dichvucong.gov.vn';
    expect(checker.misspellings(text)).toEqual([]);
    for (const word of ['UBND', 'HĐND', 'KT', 'XH', 'A', 'b', 'ND30', '2020']) {
      expect(isExempt(word), word).toBe(true);
    }
  });

  it('flags Telex leftovers and unmarked words, with offsets into the text', () => {
    const text = 'Báo cáo tinhf hình nghieng về kinh tees.';
    expect(checker.misspellings(text)).toEqual([
      { from: 8, to: 13, word: 'tinhf' },
      { from: 19, to: 26, word: 'nghieng' },
      { from: 35, to: 39, word: 'tees' },
    ]);
  });

  it('suggests first the syllables that fold to the typed letters', () => {
    expect(checker.suggest('nghieng')[0]).toBe('nghiêng');
    expect(checker.suggest('Nghieng')[0]).toBe('Nghiêng');
    expect(checker.suggest('NGHIENG')[0]).toBe('NGHIÊNG');
    const hoi = checker.suggest('hoi', 20);
    expect(hoi).toEqual(expect.arrayContaining(['hội', 'hỏi', 'hơi', 'hồi']));
  });

  it('ranks the candidates that keep the typed marks first', () => {
    // "viêt" keeps its ê: việt, viết come before viet-shaped words without it.
    const shapes = checker.suggest('viêt').slice(0, 2).sort();
    expect(shapes).toEqual(['viết', 'việt']);
    expect(checker.suggest('tiêng')[0]).toBe('tiếng');
  });

  it('never suggests the word itself in another placement', () => {
    expect(checker.suggest('hòa')).not.toContain('hoà');
  });

  it("offers the decree's tone placement by default, the old one when asked, each syllable once", () => {
    // dictionary-vi spells these "hoà", "thuỷ", "khoẻ" only.
    expect(checker.suggest('hoa').slice(0, 4)).toEqual(['hòa', 'hóa', 'họa', 'hỏa']);
    expect(checker.suggest('thuy', 4)).toEqual(['thúy', 'thùy', 'thụy', 'thủy']);
    expect(checker.suggest('khoe')).toEqual(['khóe', 'khỏe']);
    expect(checker.suggest('Uyr')).toEqual(['Uy']);
    expect(checker.suggest('hoa', 8, 'old').slice(0, 4)).toEqual(['hoà', 'hoá', 'hoạ', 'hoả']);
    expect(checker.suggest('khoe', 8, 'old')).toEqual(['khoé', 'khoẻ']);
    for (const placement of ['new', 'old'] as const) {
      for (const word of ['hoa', 'thuy', 'khoe', 'uy', 'HOA', 'Thuy']) {
        const shown = checker.suggest(word, 20, placement);
        expect(new Set(shown.map(syllableKey)).size, `${word} ${placement}`).toBe(shown.length);
        expect(
          shown.filter((s) => placementOf(s) !== null && placementOf(s) !== placement),
        ).toEqual([]);
      }
    }
  });

  it('a personal word is correct in any case and placement, and can be taken back', () => {
    checker.setPersonalWords(['Zalo', 'thẩm']);
    expect(checker.isCorrect('Zalo')).toBe(true);
    expect(checker.isCorrect('ZALO')).toBe(true);
    expect(checker.isCorrect('zalo')).toBe(true);
    checker.setPersonalWords([]);
    expect(checker.isCorrect('Zalo')).toBe(false);
  });
});
