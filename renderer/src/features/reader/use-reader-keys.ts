import { useEffect, type RefObject } from 'react';

type Options = {
  scroller: RefObject<HTMLElement | null>;
  onNeighbour(direction: 1 | -1): void;
  onBack(): void;
};

function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  return (
    element.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) ||
    element.closest('dialog') !== null
  );
}

/** J / K or Alt+→ / Alt+← for the next and previous article; Space and Shift+Space page through this one. */
export function useReaderKeys({ scroller, onNeighbour, onBack }: Options): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || typingIn(event.target) || event.ctrlKey || event.metaKey)
        return;
      const key = event.key.toLowerCase();
      let handled = true;
      if ((key === 'j' && !event.altKey) || (event.altKey && event.key === 'ArrowRight'))
        onNeighbour(1);
      else if ((key === 'k' && !event.altKey) || (event.altKey && event.key === 'ArrowLeft'))
        onNeighbour(-1);
      else if (
        event.key === ' ' &&
        scroller.current &&
        !(event.target as HTMLElement).closest?.('button, a, [role="option"]')
      ) {
        // Most of a screen, keeping two lines of overlap so the eye finds its place.
        const page = scroller.current.clientHeight * 0.9;
        scroller.current.scrollBy({ top: event.shiftKey ? -page : page });
      } else if (event.key === 'Escape' && !event.altKey) onBack();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [scroller, onNeighbour, onBack]);
}
