import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockTops, blocksToDraw, leftOutRuns, type BlockBox } from './block-geometry';

/**
 * Block layout as Chromium does it for the report's top-level blocks, written out on its own:
 * each box below the last, their margins collapsed into the larger; the first box's top is 0.
 */
function layOut(boxes: readonly BlockBox[]): { top: number; bottom: number }[] {
  const placed: { top: number; bottom: number }[] = [];
  boxes.forEach((box, i) => {
    const top =
      i === 0 ? 0 : placed[i - 1]!.bottom + Math.max(boxes[i - 1]!.marginBottom, box.marginTop);
    placed.push({ top, bottom: top + box.height });
  });
  return placed;
}

const box = fc.record({
  height: fc.double({ min: 0.5, max: 400, noNaN: true }),
  marginTop: fc.constantFrom(0, 8, 16, 24, 3.2),
  marginBottom: fc.constantFrom(0, 8, 16, 24, 4),
});

/** Boxes, and which of them are drawn (at least one). */
const report = fc
  .array(box, { minLength: 1, maxLength: 60 })
  .chain((boxes) =>
    fc
      .uniqueArray(fc.nat(boxes.length - 1), { minLength: 1, maxLength: boxes.length })
      .map((drawn) => ({ boxes, drawn: new Set(drawn) })),
  );

describe('the block window geometry', () => {
  it('puts every drawn block, and the report end, where they are with every block drawn', () => {
    fc.assert(
      fc.property(report, ({ boxes, drawn }) => {
        const runs = leftOutRuns(boxes, drawn);
        // What Chromium lays out: the drawn blocks, and each run's stand-in (its own margins, the
        // run's height) in the run's place.
        const laidOut: { index: number; box: BlockBox }[] = [];
        for (let i = 0; i < boxes.length; i++) {
          const run = runs.find((r) => r.first <= i && i <= r.last);
          if (!run) laidOut.push({ index: i, box: boxes[i]! });
          else if (i === run.standIn)
            laidOut.push({ index: i, box: { ...boxes[i]!, height: run.height } });
        }
        const all = layOut(boxes);
        const windowed = layOut(laidOut.map((entry) => entry.box));
        laidOut.forEach((entry, k) => {
          if (drawn.has(entry.index))
            expect(windowed[k]!.top).toBeCloseTo(all[entry.index]!.top, 6);
        });
        // Same margins meet the report's two edges, and the end is at the same place.
        expect(laidOut[0]!.box.marginTop).toBe(boxes[0]!.marginTop);
        expect(laidOut.at(-1)!.box.marginBottom).toBe(boxes.at(-1)!.marginBottom);
        expect(windowed.at(-1)!.bottom).toBeCloseTo(all.at(-1)!.bottom, 6);
        // Every block not drawn is in exactly one run.
        for (let i = 0; i < boxes.length; i++)
          expect(runs.filter((r) => r.first <= i && i <= r.last).length).toBe(drawn.has(i) ? 0 : 1);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with its own layout: tops are the drawn layout of every block', () => {
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 40 }), (boxes) => {
        const tops = blockTops(boxes);
        layOut(boxes).forEach((placed, i) => expect(tops[i]).toBeCloseTo(placed.top, 6));
      }),
    );
  });

  it('draws the blocks meeting the band and those it is told to, and no other', () => {
    const boxes: BlockBox[] = Array.from({ length: 10 }, () => ({
      height: 100,
      marginTop: 0,
      marginBottom: 10,
    }));
    // Tops 0, 110, 220, …: the band 300–500 meets blocks 2 (220–320) to 4 (440–540).
    expect([...blocksToDraw(boxes, 300, 500, [9, -1, 10])].sort((a, b) => a - b)).toEqual([
      2, 3, 4, 9,
    ]);
  });
});
