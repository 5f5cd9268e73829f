import { useTranslation } from 'react-i18next';
import { JobProgress } from '../../app/job-progress';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { summarize } from './import-request';
import { useImportStore } from './import-store';

/** Count, current file and a Cancel that keeps what finished. */
export function ProgressStep() {
  const { t } = useTranslation('import');
  const { progress, cancel, cancelling } = useImportStore();
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  return (
    <JobProgress
      className="import-progress"
      label={t('progress.label')}
      done={done}
      total={total}
      count={t('progress.count', { done, total })}
      current={progress?.current ? t('progress.current', { name: progress.current }) : null}
      cancelling={cancelling}
      cancelLabel={t('actions.cancel')}
      cancellingLabel={t('progress.cancelling')}
      onCancel={() => void cancel()}
    />
  );
}

async function saveCsv(jobId: string): Promise<void> {
  try {
    const { fileName, csv } = await api.import.reportCsv({ jobId });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (error) {
    showToast({ message: errorText(error), tone: 'error' });
  }
}

/** Imported, skipped as duplicate, failed with the reason: one row per file, savable as CSV. */
export function ReportStep({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('import');
  const { t: te } = useTranslation('errors');
  const { report, restart, error } = useImportStore();
  if (!report) return <p className="import-error">{error}</p>;
  const counts = summarize(report.rows);
  return (
    <div className="import-report">
      <p className="import-report__summary">{t('report.summary', counts)}</p>
      {report.state === 'cancelled' && <p>{t('report.cancelled')}</p>}
      <div className="import-report__table">
        <table>
          <thead>
            <tr>
              <th>{t('report.file')}</th>
              <th>{t('report.outcome')}</th>
              <th>{t('report.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row, i) => (
              <tr
                key={`${row.file}-${i}`}
                className={row.outcome === 'failed' ? 'import-report__failed' : undefined}
              >
                <td>{row.file}</td>
                <td>{t(`report.outcomes.${row.outcome}`)}</td>
                <td>
                  {row.errorCode
                    ? `${te(row.errorCode)}${row.reason ? ` (${row.reason})` : ''}`
                    : (row.title ?? '')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="modal__actions">
        <button type="button" onClick={() => void saveCsv(report.jobId)}>
          {t('actions.saveCsv')}
        </button>
        <button type="button" onClick={restart}>
          {t('actions.again')}
        </button>
        <button type="button" className="button--primary" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
    </div>
  );
}
