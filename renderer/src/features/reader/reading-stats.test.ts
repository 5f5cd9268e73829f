import { describe, expect, it } from 'vitest';
import { FONT_SIZE } from '../../../../shared/settings';
import { readingMinutes, stepFontSize } from './reading-stats';

describe('reading time', () => {
  it('is at least one minute and grows with the length', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1000)).toBe(4);
    expect(readingMinutes(10_000)).toBe(40);
  });
});

describe('font size steps', () => {
  it('offers at least ten sizes between 12 and 40 px', () => {
    const sizes = new Set<number>();
    for (let size: number = FONT_SIZE.MIN; ; size = stepFontSize(size, 1)) {
      sizes.add(size);
      if (size === FONT_SIZE.MAX || stepFontSize(size, 1) === size) break;
    }
    expect(Math.min(...sizes)).toBe(12);
    expect(Math.max(...sizes)).toBe(40);
    expect(sizes.size).toBeGreaterThanOrEqual(10);
  });

  it('stops at the ends instead of leaving the range', () => {
    expect(stepFontSize(40, 1)).toBe(40);
    expect(stepFontSize(12, -1)).toBe(12);
    expect(stepFontSize(18, 1)).toBe(20);
  });
});
