import { describe, expect, it } from 'vitest';
import { MAX_GUIDES, pageBreakOffsets } from './page-guides';

const block = (top: number, bottom: number, keepTogether = false) => ({
  top,
  bottom,
  keepTogether,
});

describe('pageBreakOffsets', () => {
  it('puts no guide while everything fits one page', () => {
    expect(pageBreakOffsets([block(0, 400), block(410, 990)], 1000)).toEqual([]);
  });

  it('breaks inside a paragraph at the page end, before a kept-together block', () => {
    expect(pageBreakOffsets([block(0, 900), block(900, 1100)], 1000)).toEqual([1000]);
    expect(pageBreakOffsets([block(0, 900), block(900, 1100, true)], 1000)).toEqual([900]);
  });

  it('a block taller than a page breaks at every page end and never loops', () => {
    expect(pageBreakOffsets([block(100, 3500, true)], 1000)).toEqual([1000, 2000, 3000]);
    const huge = pageBreakOffsets([block(0, 1e12)], 1000);
    expect(huge).toHaveLength(MAX_GUIDES);
    expect(pageBreakOffsets([block(0, 5000)], 0)).toEqual([]);
  });

  it('counts the next page from where a moved block starts', () => {
    expect(
      pageBreakOffsets([block(0, 950), block(950, 1300, true), block(1300, 1960)], 1000),
    ).toEqual([950, 1950]);
  });
});
