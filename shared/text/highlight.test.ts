import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSnippet, collapseWhitespace, highlightRanges, isSpaceUnit } from './highlight';
import { foldVietnamese } from './vietnamese';

const nfd = (text: string) => text.normalize('NFD');
const pieces = (text: string, ranges: [number, number][]) =>
  ranges.map(([s, e]) => text.slice(s, e).normalize('NFC'));

describe('highlightRanges', () => {
  const sentence = 'Sáng 13/7, UBND tỉnh tổ chức Hội nghị giao ban; hội nghị do Chủ tịch chủ trì.';

  it.each([
    ['NFC', sentence.normalize('NFC')],
    ['NFD', nfd(sentence)],
  ])('finds every match in the original string (%s)', (_form, text) => {
    const ranges = highlightRanges(text, 'hoi nghi');
    expect(pieces(text, ranges)).toEqual(['Hội', 'nghị', 'hội', 'nghị']);
    // NFD text is longer: the ranges must cover the trailing combining marks too.
    for (const [, e] of ranges) expect(text.slice(e, e + 1)).toMatch(/^[\s;]?$/u);
  });

  it('highlights a quoted phrase only where its words stand together', () => {
    const text = 'Giao ban tháng. Hội nghị giao ban quý. Ban giao việc.';
    expect(pieces(text, highlightRanges(text, '"hội nghị giao ban"'))).toEqual([
      'Hội nghị giao ban',
    ]);
  });

  it('highlights the whole word for the word being typed', () => {
    const text = nfd('Thủy lợi và thuỷ sản');
    expect(pieces(text, highlightRanges(text, 'lo'))).toEqual(['lợi']);
    expect(pieces(text, highlightRanges(text, 'lo '))).toEqual([]);
    expect(pieces(text, highlightRanges(text, 'thu'))).toEqual(['Thủy', 'thuỷ']);
  });

  it('matches đ as d and either tone placement', () => {
    const text = 'Hòa bình, hoà hợp; Đường Đông';
    expect(pieces(text, highlightRanges(text, 'hoà duong'))).toEqual(['Hòa', 'hoà', 'Đường']);
  });

  it('does not highlight excluded words', () => {
    const text = 'giao ban tháng';
    expect(pieces(text, highlightRanges(text, 'giao -ban'))).toEqual(['giao']);
  });
});

describe('buildSnippet', () => {
  const filler = 'Các đại biểu thảo luận nhiều nội dung quan trọng của địa phương. '.repeat(10);
  const body = `${filler}\n\nTrong tháng, tỉnh đã hoàn thành Đường tỉnh 963 đúng hạn.\n\n${filler}`;

  it.each([
    ['NFC', body],
    ['NFD', nfd(body)],
  ])('centres a window on the match and gives its ranges in the snippet (%s)', (_form, text) => {
    const { snippet, highlights } = buildSnippet(text, 'duong tinh', 160);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).not.toMatch(/\n/);
    expect(pieces(snippet, highlights)).toEqual(['tỉnh', 'Đường', 'tỉnh']);
  });

  it('folds only the part it scans: the first 1,500 characters when a match is there', () => {
    const long = `${body}\n\n${filler.repeat(4)}`;
    const asked: number[] = [];
    const aligned = (end: number) => (asked.push(end), foldVietnamese(long.slice(0, end)));
    expect(buildSnippet(long, 'duong tinh', 160, aligned)).toEqual(
      buildSnippet(long, 'duong tinh', 160),
    );
    expect(asked).toHaveLength(1);
    expect(asked[0]).toBeLessThanOrEqual(1_500);
    // Nothing near the start: the whole text is folded, once more.
    const late = `${filler.repeat(4)}\n\nĐường tỉnh 963.`;
    const lateAsked: number[] = [];
    const lateAligned = (end: number) => (lateAsked.push(end), foldVietnamese(late.slice(0, end)));
    expect(buildSnippet(late, 'duong tinh', 160, lateAligned)).toEqual(
      buildSnippet(late, 'duong tinh', 160),
    );
    expect(lateAsked.at(-1)).toBe(late.length);
  });

  it('starts at the beginning of the text when nothing matches', () => {
    const { snippet, highlights } = buildSnippet('Ngắn gọn.', 'xyz');
    expect(snippet).toBe('Ngắn gọn.');
    expect(highlights).toEqual([]);
  });
});

describe('collapseWhitespace', () => {
  /** The first version, one character at a time: what the snippet must stay. */
  function oneAtATime(text: string, ranges: [number, number][]) {
    const newIndex: number[] = [];
    let out = '';
    for (let i = 0; i < text.length; i++) {
      newIndex.push(out.length);
      const ch = text[i]!;
      if (/\s/.test(ch)) {
        if (!out.endsWith(' ')) out += ' ';
      } else out += ch;
    }
    newIndex.push(out.length);
    const highlights = ranges
      .map(([s, e]): [number, number] => [newIndex[s]!, newIndex[e]!])
      .filter(([s, e]) => e > s);
    return { snippet: out, highlights };
  }

  it('sees whitespace as /\\s/ does, for every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit++)
      if (isSpaceUnit(unit) !== /\s/.test(String.fromCharCode(unit))) differ.push(unit);
    expect(differ).toEqual([]);
  });

  it('gives the text and ranges the one-character-at-a-time version gave', () => {
    const unit = fc.constantFrom(
      ' ',
      '\n',
      '\t',
      '\u00a0',
      '\u3000',
      '\r\n',
      'a',
      'ệ',
      'Đ',
      '.',
      '\u0301',
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 60 }).map((parts) => parts.join('')),
        fc.array(fc.tuple(fc.nat(80), fc.nat(80))),
        (text, pairs) => {
          const ranges = pairs
            .map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)])
            .filter(([, e]) => e <= text.length);
          expect(collapseWhitespace(text, ranges)).toEqual(oneAtATime(text, ranges));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
