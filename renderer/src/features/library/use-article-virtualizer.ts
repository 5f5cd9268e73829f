import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';
import { useLibraryStore } from './library-store';

/** A row's height before it is measured; close to the real one so the scrollbar barely moves. */
const ESTIMATED_ROW = 104;

/** Where the list was scrolled to, so coming back from an article lands on the same rows. */
let savedOffset = 0;
let savedListKey = 0;

/**
 * The virtualizer over the whole (filtered) list: only the rows on screen plus a few exist in
 * the DOM, and the pages they need are fetched as they come into view.
 */
export function useArticleVirtualizer(
  scroller: RefObject<HTMLDivElement | null>,
  onNewList: () => void,
) {
  const total = useLibraryStore((state) => state.total);
  const pages = useLibraryStore((state) => state.pages);
  const listKey = useLibraryStore((state) => state.listKey);
  const { rowAt, ensureRange } = useLibraryStore.getState();
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 6,
    initialOffset: () => savedOffset,
    onChange: (instance) => {
      savedOffset = instance.scrollOffset ?? 0;
    },
    getItemKey: (index) => rowAt(index)?.id ?? `i${index}`,
  });
  useEffect(() => {
    if (listKey === savedListKey) return;
    savedListKey = listKey;
    virtualizer.scrollToOffset(0);
    onNewList();
  }, [listKey, virtualizer, onNewList]);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total > 0) ensureRange(first, last);
  }, [first, last, total, pages, ensureRange]);
  return { virtualizer, items, first };
}
