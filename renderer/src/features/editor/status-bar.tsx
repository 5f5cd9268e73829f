import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsSource } from './use-change-emitter';

type Props = { source: StatsSource; children?: ReactNode };

/** Word and character counts, then whatever the host page puts there (save state, spell-check…). */
export function EditorStatusBar({ source, children }: Props) {
  const { t } = useTranslation('editor');
  const stats = useSyncExternalStore(source.subscribe, source.get);
  return (
    <div className="editor-status" role="status">
      <span data-testid="editor-words">
        {stats ? t('status.words', { count: stats.words }) : '…'}
      </span>
      <span data-testid="editor-characters">
        {stats ? t('status.characters', { count: stats.characters }) : ''}
      </span>
      {children}
    </div>
  );
}
