import { describe, expect, it } from 'vitest';
import {
  alignedFold,
  foldVietnamese,
  foldWithOffsets,
  foldedWords,
  hasMarks,
  markedKey,
  sameMarkedText,
  splitWords,
  syllableKey,
  toNfc,
  toOriginalRange,
} from './vietnamese';

const nfd = (text: string) => text.normalize('NFD');

describe('foldVietnamese', () => {
  it.each([
    ['Hội nghị giao ban', 'hoi nghi giao ban'],
    ['ĐƯỜNG Đông Dương', 'duong dong duong'],
    ['Ủy ban nhân dân tỉnh', 'uy ban nhan dan tinh'],
    ['Uỷ ban', 'uy ban'],
    ['thuỷ lợi, thủy sản', 'thuy loi, thuy san'],
    ['Nghị định 30/2020/NĐ-CP', 'nghi dinh 30/2020/nd-cp'],
  ])('folds %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
    expect(foldVietnamese(nfd(input))).toBe(expected);
  });
});

describe('syllableKey and markedKey', () => {
  it.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['Uỷ', 'Ủy'],
    ['khoẻ', 'khỏe'],
    ['HOÀ', 'hòa'],
    [nfd('hoà'), 'hòa'],
    [nfd('Uỷ ban'), 'ủy ban'],
  ])('%s and %s have the same key', (a, b) => {
    expect(markedKey(a)).toBe(markedKey(b));
    expect(sameMarkedText(a, b)).toBe(true);
  });

  it.each([
    ['đường', 'dương'],
    ['đường', 'đương'],
    ['hòa', 'hoa'],
    ['hòa', 'họa'],
    ['thư', 'thu'],
  ])('%s and %s differ', (a, b) => {
    expect(syllableKey(a)).not.toBe(syllableKey(b));
  });

  it('keeps the vowel shapes and đ in the key', () => {
    expect(syllableKey('Đường')).toBe('đương:2');
    expect(syllableKey('nghị')).toBe('nghi:5');
    expect(syllableKey('ban')).toBe('ban');
  });
});

describe('hasMarks', () => {
  it('tells typed-with-marks words from plain ones, whatever the case', () => {
    expect(hasMarks('đường')).toBe(true);
    expect(hasMarks('ĐƯỜNG')).toBe(true);
    expect(hasMarks(nfd('hội'))).toBe(true);
    expect(hasMarks('duong')).toBe(false);
    expect(hasMarks('DUONG')).toBe(false);
  });
});

describe('words', () => {
  it('keeps an NFD word whole and gives its offsets', () => {
    const text = nfd('Hội nghị, 2020');
    const words = splitWords(text);
    expect(words.map((w) => w.text)).toEqual([nfd('Hội'), nfd('nghị'), '2020']);
    expect(text.slice(words[1]!.start, words[1]!.end)).toBe(nfd('nghị'));
  });

  it('folds words for the index', () => {
    expect(foldedWords('Quang cảnh Hội nghị.')).toEqual(['quang', 'canh', 'hoi', 'nghi']);
  });
});

describe('foldWithOffsets', () => {
  it.each([
    ['NFC', toNfc('Quang cảnh hội nghị giao ban')],
    ['NFD', nfd('Quang cảnh hội nghị giao ban')],
  ])('maps folded ranges back to the original (%s)', (_form, original) => {
    const folded = foldWithOffsets(original);
    expect(folded.folded).toBe('quang canh hoi nghi giao ban');
    const at = folded.folded.indexOf('hoi nghi');
    const [start, end] = toOriginalRange(folded, at, at + 'hoi nghi'.length);
    expect(original.slice(start, end).normalize('NFC')).toBe('hội nghị');
  });

  it('includes the trailing combining marks of the last letter', () => {
    const original = nfd('nghị');
    const folded = foldWithOffsets(original);
    expect(toOriginalRange(folded, 0, 4)).toEqual([0, original.length]);
  });

  it('agrees with foldVietnamese on mixed text', () => {
    const text = `Đ${nfd('ường')} Thuỷ — İstanbul 30/2020/NĐ-CP`;
    expect(foldWithOffsets(text).folded).toBe(foldVietnamese(text));
  });
});

describe('foldWithOffsets on text that needs the slow path', () => {
  it.each([
    ['a combining mark after a non-Vietnamese letter', 'x\u0301 hội'],
    ['a letter that folds to two', '\u01C6 hội'],
    ['a dotted capital I', 'İ hội'],
  ])('maps ranges correctly with %s', (_case, original) => {
    const folded = foldWithOffsets(original);
    const at = folded.folded.indexOf('hoi');
    const [start, end] = toOriginalRange(folded, at, at + 3);
    expect(original.slice(start, end)).toBe('hội');
  });
});

describe('alignedFold (folded text reused for highlighting)', () => {
  it('gives the folded text when offsets map one to one', () => {
    expect(alignedFold('Đường tỉnh 963 hoà')).toBe('duong tinh 963 hoa');
  });

  it('refuses NFD text, whose offsets differ', () => {
    expect(alignedFold('Đường tỉnh'.normalize('NFD'))).toBeNull();
  });

  it.each([
    ['NFC text', 'Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị giao ban.'],
    ['NFD text', 'Ủy ban hội nghị'.normalize('NFD')],
    ['a combining mark after a non-Vietnamese letter', 'x\u0301 hội'],
    ['a letter that folds to two', '\u01C6 hội'],
    ['a dotted capital I', 'İ hội'],
  ])('maps offsets exactly as folding from scratch, for %s', (_case, text) => {
    expect(foldWithOffsets(text, alignedFold(text) ?? undefined)).toEqual(foldWithOffsets(text));
  });
});
