import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../../app/job-progress';
import { ModalDialog } from '../../app/modal-dialog';
import { api } from '../../platform/api';
import { useExportStore } from './export-store';

function formatSize(bytes: number, language: string): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / 1024 / 1024)} MB`;
}

function ChooseStep() {
  const { t } = useTranslation('library');
  const ids = useId();
  const {
    ids: articles,
    path,
    exists,
    overwrite,
    error,
    setPath,
    setOverwrite,
    run,
    close,
  } = useExportStore();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <p>{t('exportDialog.summary', { count: articles.length })}</p>
      <div className="field">
        <label htmlFor={`${ids}-path`}>{t('exportDialog.pathLabel')}</label>
        <input
          id={`${ids}-path`}
          value={path}
          spellCheck={false}
          aria-describedby={`${ids}-hint`}
          onChange={(event) => setPath(event.target.value)}
        />
        <small id={`${ids}-hint`}>{t('exportDialog.pathHint')}</small>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {exists && (
        <label className="radio-row">
          <input
            type="checkbox"
            checked={overwrite}
            onChange={(event) => setOverwrite(event.target.checked)}
          />
          {t('exportDialog.overwrite')}
        </label>
      )}
      <div className="modal__actions">
        <button type="button" className="button--quiet" onClick={close}>
          {t('exportDialog.close')}
        </button>
        <button type="submit" disabled={path.trim() === '' || (exists && !overwrite)}>
          {t('exportDialog.start')}
        </button>
      </div>
    </form>
  );
}

function RunningStep() {
  const { t, i18n } = useTranslation('library');
  const { progress, cancelling, cancel } = useExportStore();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <JobProgress
      className="export-progress"
      role="status"
      label={t('exportDialog.progressLabel')}
      done={progress.done}
      total={progress.total}
      count={
        t('exportDialog.count', {
          done: number.format(progress.done),
          total: number.format(progress.total),
        }) +
        (progress.bytes > 0
          ? ` — ${t('exportDialog.bytes', { size: formatSize(progress.bytes, i18n.language) })}`
          : '')
      }
      current={progress.current ? t('exportDialog.current', { title: progress.current }) : null}
      cancelling={cancelling}
      cancelLabel={t('exportDialog.cancel')}
      cancellingLabel={t('exportDialog.cancelling')}
      onCancel={() => void cancel()}
    />
  );
}

/** Where to save (web host), then progress with Cancel; closing is refused while the zip is written. */
export function ExportDialog() {
  const { t } = useTranslation('library');
  const step = useExportStore((state) => state.step);
  const close = useExportStore((state) => state.close);
  const onProgress = useExportStore((state) => state.onProgress);
  useEffect(() => api.on('job.progress', onProgress), [onProgress]);
  if (step === 'closed') return null;
  return (
    <ModalDialog title={t('exportDialog.title')} onClose={close}>
      {step === 'choose' ? <ChooseStep /> : <RunningStep />}
    </ModalDialog>
  );
}
