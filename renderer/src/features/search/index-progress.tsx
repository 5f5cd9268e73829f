import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../../../shared/jobs';
import { api } from '../../platform/api';

/**
 * While the search index is rebuilt: which step of how many, and how far into it ("Đang lập
 * chỉ mục tìm kiếm — bước 1/3, đọc tin bài: 5.000/100.000"). Gone when the rebuild ends; a
 * rebuild that failed says so (search goes on with the index it had) until closed.
 */
export function IndexProgress() {
  const { t, i18n } = useTranslation('search');
  const { t: te } = useTranslation('errors');
  const { t: tc } = useTranslation('common');
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [failed, setFailed] = useState<JobProgress | null>(null);
  useEffect(
    () =>
      api.on('job.progress', (next) => {
        if (next.kind !== 'reindex') return;
        setProgress(next.state === 'running' ? next : null);
        setFailed(next.state === 'failed' ? next : null);
      }),
    [],
  );
  if (failed)
    return (
      <p className="index-progress index-progress--failed" role="alert">
        {te(failed.errorCode ?? 'internal')}{' '}
        <button type="button" onClick={() => setFailed(null)}>
          {tc('actions.close')}
        </button>
      </p>
    );
  if (!progress) return null;
  const number = new Intl.NumberFormat(i18n.language);
  const step = progress.phase
    ? t('indexing.step', {
        step: progress.phase.step,
        steps: progress.phase.steps,
        name: t(`indexing.phase.${progress.phase.name}`, { defaultValue: progress.phase.name }),
      })
    : '';
  const count =
    progress.total > 0
      ? t('indexing.count', {
          done: number.format(progress.done),
          total: number.format(progress.total),
        })
      : '';
  return (
    <p className="index-progress" role="status">
      {t('indexing.label')}
      {step && ` — ${step}`}
      {count && `: ${count}`}
      {progress.total > 0 && (
        <progress value={progress.done} max={progress.total} aria-hidden="true" />
      )}
    </p>
  );
}
