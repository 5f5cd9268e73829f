/**
 * The arithmetic of the block window (block-window.ts), apart from the DOM: where each top-level
 * block of the report would be with every block laid out, which blocks to lay out, and how tall
 * the one stand-in of each run left out must be so that everything after it stays in place.
 * Lengths are CSS px of the report (unzoomed).
 */

/** A top-level block's own height (border box) and its margins, as laid out when last drawn. */
export type BlockBox = { height: number; marginTop: number; marginBottom: number };

/**
 * The space between two siblings: their margins collapse into the larger. Margins of the report's
 * blocks are never negative; the window checks this rule against the real layout before it
 * leaves anything out (block-window.ts, `gapsAsLaidOut`).
 */
export function gapBetween(above: BlockBox, below: BlockBox): number {
  return Math.max(above.marginBottom, below.marginTop);
}

/** Each block's top, the first block's top being 0. */
export function blockTops(boxes: readonly BlockBox[]): number[] {
  const tops: number[] = [];
  let top = 0;
  boxes.forEach((box, i) => {
    if (i > 0) top += gapBetween(boxes[i - 1]!, box);
    tops.push(top);
    top += box.height;
  });
  return tops;
}

/**
 * A run of blocks left out of layout, drawn as one empty box in the place of one of them (the
 * stand-in, `standIn`), `height` tall: its own margins then collapse with its neighbours' as the
 * first block of the run did with the one above and the last with the one below, so the block
 * after the run lands where it would with the whole run drawn.
 */
export type LeftOutRun = { first: number; last: number; standIn: number; height: number };

/**
 * The runs of blocks not in `drawn` (indexes into `boxes`), each with its stand-in. A run at the
 * start stands in with its first block (whose top margin meets the report's edge as before), a
 * run at the end with its last, any other with its last.
 */
export function leftOutRuns(boxes: readonly BlockBox[], drawn: ReadonlySet<number>): LeftOutRun[] {
  const tops = blockTops(boxes);
  const bottom = (i: number) => tops[i]! + boxes[i]!.height;
  const runs: LeftOutRun[] = [];
  for (let first = 0; first < boxes.length; first++) {
    if (drawn.has(first)) continue;
    let last = first;
    while (last + 1 < boxes.length && !drawn.has(last + 1)) last++;
    const above = first - 1;
    const below = last + 1 < boxes.length ? last + 1 : -1;
    const standIn = above < 0 ? first : last;
    const own = boxes[standIn]!;
    // From where the stand-in's own box starts to where it must end.
    const start = above < 0 ? tops[first]! : bottom(above) + gapBetween(boxes[above]!, own);
    const end = below < 0 ? bottom(last) : tops[below]! - gapBetween(own, boxes[below]!);
    runs.push({ first, last, standIn, height: Math.max(0, end - start) });
    first = last;
  }
  return runs;
}

/**
 * The blocks to lay out: those meeting the band [from, to] (the screen and a margin around it),
 * and the blocks that must always be drawn (the selection's ends, blocks not yet measured).
 */
export function blocksToDraw(
  boxes: readonly BlockBox[],
  from: number,
  to: number,
  always: Iterable<number>,
): Set<number> {
  const tops = blockTops(boxes);
  const drawn = new Set<number>();
  boxes.forEach((box, i) => {
    if (tops[i]! <= to && tops[i]! + box.height >= from) drawn.add(i);
  });
  for (const i of always) if (i >= 0 && i < boxes.length) drawn.add(i);
  return drawn;
}
