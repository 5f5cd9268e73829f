import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useWriteOnChange } from '../../app/value-source';
import type { SaveStatus } from './autosaver';
import type { StatusSource } from './use-autosave';

/** Saved and saving look alike (a line of text): switching between them needs no render. */
const PLAIN = { state: 'plain' } as const;
const plainOr = (status: SaveStatus) =>
  status.state === 'saved' || status.state === 'saving' ? PLAIN : status;

/**
 * "Đã lưu" / "Đang lưu…" / what went wrong, in the editor's status bar; a conflict offers "Tải
 * lại". Saved ↔ saving, twice a save while typing, is written into the span, not rendered.
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
  // `shown` among its inputs: a span rendered anew (after an error) is written at once.
  const show = useCallback(() => {
    const { state } = source.get();
    if (shown !== PLAIN || !plain.current || (state !== 'saved' && state !== 'saving')) return;
    plain.current.textContent = t(state === 'saved' ? 'save.saved' : 'save.saving');
    plain.current.dataset.state = state;
  }, [source, shown, t]);
  useWriteOnChange(source, show);

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
