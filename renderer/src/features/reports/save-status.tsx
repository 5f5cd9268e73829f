import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './autosaver';
import type { StatusSource } from './use-autosave';

/** Saved and saving look alike (a line of text): switching between them needs no render. */
const PLAIN = { state: 'plain' } as const;
const plainOr = (status: SaveStatus) =>
  status.state === 'saved' || status.state === 'saving' ? PLAIN : status;

/**
 * "Đã lưu" / "Đang lưu…" / what went wrong, in the editor's status bar; a conflict offers "Tải
 * lại". Saved ↔ saving, twice a save while typing, is written into the span, not rendered:
 * every React commit while the editor has focus walks the editor's DOM up to the caret (React
 * DOM saves the selection of a focused contenteditable), ~0.5 ms in a 50-page report.
 */
export function SaveStatusText({
  source,
  onReload,
  onSaveCopy,
}: {
  source: StatusSource;
  onReload(): void;
  /** Keeps this window's text as a new report instead of dropping it. */
  onSaveCopy(): void;
}) {
  const { t } = useTranslation('reports');
  const shown = useSyncExternalStore(source.subscribe, () => plainOr(source.get()));
  const plain = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (shown !== PLAIN) return;
    const show = () => {
      const { state } = source.get();
      if (!plain.current || (state !== 'saved' && state !== 'saving')) return;
      plain.current.textContent = t(state === 'saved' ? 'save.saved' : 'save.saving');
      plain.current.dataset.state = state;
    };
    show();
    return source.subscribe(show);
  }, [source, shown, t]);

  if (shown.state === 'plain') return <span className="save-status" role="status" ref={plain} />;
  if (shown.state === 'conflict')
    return (
      <span className="save-status save-status--error" role="alert">
        {t('save.conflict')}{' '}
        <button type="button" className="button--quiet" onClick={onSaveCopy}>
          {t('save.saveCopy')}
        </button>
        <button type="button" className="button--quiet" onClick={onReload}>
          {t('save.reload')}
        </button>
      </span>
    );
  return (
    <span className="save-status save-status--error" role="status" data-state="error">
      {t('save.failed', { message: shown.message })}
    </span>
  );
}
