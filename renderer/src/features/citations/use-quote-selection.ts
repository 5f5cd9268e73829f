import { useCallback, useEffect, useState, type RefObject } from 'react';

export type QuoteSelection = { text: string; top: number; left: number };

/** The selected text when the selection lies inside `root`, with where to put the button (relative to `frame`). */
function readSelection(root: HTMLElement, frame: HTMLElement): QuoteSelection | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const text = selection.toString().normalize('NFC').trim();
  if (!text) return null;
  const rect = range.getBoundingClientRect();
  const box = frame.getBoundingClientRect();
  return {
    text,
    top: rect.bottom - box.top + frame.scrollTop + 6,
    left: Math.max(0, rect.left - box.left + frame.scrollLeft),
  };
}

/**
 * Follows the reader's text selection for "Trích vào báo cáo": the button beside it, the
 * context menu and Ctrl+Shift+Q all quote what is selected at that moment.
 */
export function useQuoteSelection(
  root: RefObject<HTMLElement | null>,
  frame: RefObject<HTMLElement | null>,
  onQuote: (text: string) => void,
) {
  const [selection, setSelection] = useState<QuoteSelection | null>(null);

  const current = useCallback(
    () => (root.current && frame.current ? readSelection(root.current, frame.current) : null),
    [root, frame],
  );

  useEffect(() => {
    const update = () => setSelection(current());
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [current]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.key.toLowerCase() !== 'q')
        return;
      const now = current();
      if (!now) return;
      event.preventDefault();
      onQuote(now.text);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [current, onQuote]);

  return { selection, current };
}
