import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ReaderSettings } from '../../../../shared/settings';
import { captureAnchor, restoreAnchor, type ScrollAnchor } from './scroll-anchor';

/**
 * The anchor follows the reading (noted after each scroll, once a frame); any change of type
 * size, spacing, width or face puts that text back at the top before the browser paints.
 */
export function useScrollAnchor(
  scroller: RefObject<HTMLElement | null>,
  content: RefObject<HTMLElement | null>,
  ready: boolean,
  settings: ReaderSettings,
): void {
  const anchor = useRef<ScrollAnchor | null>(null);
  useEffect(() => {
    const element = scroller.current;
    if (!element || !ready) return;
    let frame = 0;
    const capture = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(
        () => (anchor.current = content.current ? captureAnchor(element, content.current) : null),
      );
    };
    capture();
    element.addEventListener('scroll', capture, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', capture);
    };
  }, [scroller, content, ready]);
  useLayoutEffect(() => {
    if (scroller.current && anchor.current) restoreAnchor(scroller.current, anchor.current);
  }, [
    scroller,
    settings.fontSize,
    settings.lineHeight,
    settings.contentWidth,
    settings.fontFamily,
  ]);
}
