/** A block of the page view, measured relative to the top of the page's text area (px). */
export type MeasuredBlock = { top: number; bottom: number; keepTogether: boolean };

/** At most this many guides: a pathological document never loops or floods the page. */
export const MAX_GUIDES = 2000;

/**
 * Where pages will break, from the laid-out heights: a block that does not fit moves to the next
 * page when it is kept together and no taller than a page; otherwise (a paragraph, whose lines
 * split, or anything taller than a page) the break falls inside it, at the page's end. The break
 * always advances, so a block taller than a page cannot stall the loop.
 */
export function pageBreakOffsets(blocks: MeasuredBlock[], pageHeight: number): number[] {
  if (!(pageHeight > 0)) return [];
  const breaks: number[] = [];
  let pageEnd = pageHeight;
  for (const block of blocks) {
    while (block.bottom > pageEnd + 0.5 && breaks.length < MAX_GUIDES) {
      const height = block.bottom - block.top;
      const pageStart = pageEnd - pageHeight;
      if (
        block.keepTogether &&
        height <= pageHeight &&
        block.top > pageStart + 0.5 &&
        block.top < pageEnd
      ) {
        breaks.push(block.top);
        pageEnd = block.top + pageHeight;
      } else {
        breaks.push(pageEnd);
        pageEnd += pageHeight;
      }
    }
  }
  return breaks;
}

export const MM_TO_PX = 96 / 25.4;
