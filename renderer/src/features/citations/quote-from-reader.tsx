import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { QuoteDialog } from './quote-dialog';
import { useQuoteSelection } from './use-quote-selection';
import './citations.css';

type Props = {
  articleId: string;
  /** The article element: only text selected inside it can be quoted. */
  content: RefObject<HTMLElement | null>;
  /** The scrolling frame the button is positioned in. */
  frame: RefObject<HTMLElement | null>;
};

type Menu = { x: number; y: number; text: string };

/** "Trích vào báo cáo" in the reader: a button beside the selection, the context menu and Ctrl+Shift+Q. */
export function QuoteFromReader({ articleId, content, frame }: Props) {
  const { t } = useTranslation('citations');
  const [quoting, setQuoting] = useState<string | null>(null);
  const [menu, setMenu] = useState<Menu | null>(null);
  const start = useCallback((text: string) => {
    setMenu(null);
    setQuoting(text);
  }, []);
  const { selection, current } = useQuoteSelection(content, frame, start);

  // The context menu is the app's own while text is selected in the article.
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onContextMenu = (event: MouseEvent) => {
      const now = current();
      if (!now) return;
      event.preventDefault();
      setMenu({ x: event.clientX, y: event.clientY, text: now.text });
    };
    const onPointerDown = (event: MouseEvent) => {
      if (!(event.target as Element).closest?.('.quote-menu')) setMenu(null);
    };
    element.addEventListener('contextmenu', onContextMenu);
    document.addEventListener('mousedown', onPointerDown);
    return () => {
      element.removeEventListener('contextmenu', onContextMenu);
      document.removeEventListener('mousedown', onPointerDown);
    };
  }, [frame, current]);

  return (
    <>
      {selection && !quoting && (
        <button
          type="button"
          className="quote-button"
          style={{ top: selection.top, left: selection.left }}
          title={`${t('quote.button')} (${t('quote.shortcut')})`}
          // Keeps the selection: a mousedown on a button would clear it first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => start(selection.text)}
        >
          {t('quote.button')}
        </button>
      )}
      {menu && (
        <div className="quote-menu" role="menu" style={{ top: menu.y, left: menu.x }}>
          <button type="button" role="menuitem" onClick={() => start(menu.text)}>
            {t('quote.button')} <kbd>{t('quote.shortcut')}</kbd>
          </button>
        </div>
      )}
      {quoting && (
        <QuoteDialog articleId={articleId} passage={quoting} onClose={() => setQuoting(null)} />
      )}
    </>
  );
}
