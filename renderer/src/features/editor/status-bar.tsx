import { useCallback, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWriteOnChange } from '../../app/value-source';
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

/** The counts are written into their spans, not rendered: they change with every pause in typing. */
function StatusCounts({ source }: { source: StatsSource }) {
  const { t } = useTranslation('editor');
  const words = useRef<HTMLSpanElement>(null);
  const characters = useRef<HTMLSpanElement>(null);
  const show = useCallback(() => {
    const stats = source.get();
    words.current!.textContent = stats ? t('status.words', { count: stats.words }) : '…';
    characters.current!.textContent = stats
      ? t('status.characters', { count: stats.characters })
      : '';
  }, [source, t]);
  useWriteOnChange(source, show);
  return (
    <>
      <span data-testid="editor-words" ref={words} />
      <span data-testid="editor-characters" ref={characters} />
    </>
  );
}
