import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsSource } from './use-change-emitter';

type Props = { source: StatsSource; children?: ReactNode };

/** Word and character counts, then whatever the host page puts there (save state, spell-check…). */
export function EditorStatusBar({ source, children }: Props) {
  return (
    <div className="editor-status" role="status">
      <StatusCounts source={source} />
      {children}
    </div>
  );
}

/**
 * The counts are written into their spans, not rendered: every React commit while the editor
 * has focus walks the editor's DOM up to the caret (React DOM saves the selection of a focused
 * contenteditable around each commit), about 0.5 ms in the middle of a 50-page report, and
 * the counts change with every pause in typing.
 */
function StatusCounts({ source }: { source: StatsSource }) {
  const { t } = useTranslation('editor');
  const words = useRef<HTMLSpanElement>(null);
  const characters = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const show = () => {
      const stats = source.get();
      words.current!.textContent = stats ? t('status.words', { count: stats.words }) : '…';
      characters.current!.textContent = stats
        ? t('status.characters', { count: stats.characters })
        : '';
    };
    show();
    return source.subscribe(show);
  }, [source, t]);
  return (
    <>
      <span data-testid="editor-words" ref={words} />
      <span data-testid="editor-characters" ref={characters} />
    </>
  );
}
