/**
 * Keeps the reader on the same text when the type changes size: before the change, note the
 * first block at the top of the view and how far into it the view starts (as a fraction of its
 * height, since the block grows with the text); after the change, scroll so that point is at the
 * top again. Browsers' own scroll anchoring does not help here: it anchors to what is at the top
 * of the viewport only for content inserted above, not for text reflowing under it.
 */
export type ScrollAnchor = { element: Element; fraction: number; offset: number };

const BLOCKS =
  'p, h1, h2, h3, h4, h5, h6, figure, li, blockquote, table, pre, header, hr, .reader__lead, .reader__author';

export function captureAnchor(scroller: HTMLElement, content: HTMLElement): ScrollAnchor | null {
  const top = scroller.getBoundingClientRect().top;
  for (const element of Array.from(content.querySelectorAll(BLOCKS))) {
    const box = element.getBoundingClientRect();
    if (box.bottom <= top || box.height === 0) continue;
    if (box.top >= top) return { element, fraction: 0, offset: box.top - top };
    return { element, fraction: (top - box.top) / box.height, offset: 0 };
  }
  return null;
}

export function restoreAnchor(scroller: HTMLElement, anchor: ScrollAnchor): void {
  if (!anchor.element.isConnected) return;
  const top = scroller.getBoundingClientRect().top;
  const box = anchor.element.getBoundingClientRect();
  const target = box.top + anchor.fraction * box.height - anchor.offset;
  scroller.scrollTop += target - top;
}
