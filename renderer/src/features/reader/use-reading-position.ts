import { useEffect, type RefObject } from 'react';
import { useDebouncedCallback } from '../search/use-debounced-callback';
import { useReaderStore } from './reader-store';

/** Saving on every scroll event would write the catalogue's journal dozens of times a second. */
const SAVE_DELAY_MS = 800;

function fractionOf(scroller: HTMLElement): number {
  const range = scroller.scrollHeight - scroller.clientHeight;
  return range <= 0 ? 0 : Math.min(1, Math.max(0, scroller.scrollTop / range));
}

/** Puts the reader back where it left this article, and remembers the place as it scrolls. */
export function useReadingPosition(
  scroller: RefObject<HTMLElement | null>,
  articleId: string | undefined,
  ready: boolean,
): void {
  const patch = useReaderStore((state) => state.patch);
  const save = useDebouncedCallback((fraction: number) => {
    if (useReaderStore.getState().article?.id === articleId)
      void patch({ readingPosition: Math.round(fraction * 10_000) / 10_000 });
  }, SAVE_DELAY_MS);

  useEffect(() => {
    const element = scroller.current;
    if (!element || !ready || !articleId) return;
    const saved = useReaderStore.getState().article?.readingPosition ?? 0;
    element.scrollTop = saved * (element.scrollHeight - element.clientHeight);
    const onScroll = () => save(fractionOf(element));
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [scroller, articleId, ready, save]);
}
