import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './autosaver';

/** "Đã lưu" / "Đang lưu…" / what went wrong, in the editor's status bar; a conflict offers "Tải lại". */
export function SaveStatusText({
  status,
  onReload,
  onSaveCopy,
}: {
  status: SaveStatus;
  onReload(): void;
  /** Keeps this window's text as a new report instead of dropping it. */
  onSaveCopy(): void;
}) {
  const { t } = useTranslation('reports');
  if (status.state === 'conflict')
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
  const text =
    status.state === 'saved'
      ? t('save.saved')
      : status.state === 'saving'
        ? t('save.saving')
        : t('save.failed', { message: status.message });
  return (
    <span
      className={status.state === 'error' ? 'save-status save-status--error' : 'save-status'}
      role="status"
      data-state={status.state}
    >
      {text}
    </span>
  );
}
