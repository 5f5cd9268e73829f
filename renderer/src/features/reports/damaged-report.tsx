import { useTranslation } from 'react-i18next';
import type { DamagedReport } from '../../../../shared/ipc/reports';
import { formatDisplayDate } from '../../../../shared/text/dates';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { useReportsStore } from './reports-store';

/** A report file that does not parse: named, left untouched, with its newest version offered as a copy. */
export function DamagedReportNotice({ id, damaged }: { id: string; damaged: DamagedReport }) {
  const { t } = useTranslation('reports');
  const open = useReportsStore((state) => state.open);
  const newest = damaged.newestVersion;
  const openCopy = async () => {
    try {
      const version = await api.reports.version({ id, versionId: newest!.id });
      const copy = await api.reports.create({
        title: t('damaged.copyTitle', { title: version.title || id }),
        fields: version.fields,
        content: version.content,
      });
      open(copy.meta.id);
    } catch (error) {
      showToast({ message: errorText(error), tone: 'error' });
    }
  };
  return (
    <div className="damaged-report" role="alert">
      <h2>{t('damaged.title')}</h2>
      <p>{t('damaged.body', { file: damaged.file, reason: damaged.reason })}</p>
      {newest ? (
        <button type="button" className="button--primary" onClick={() => void openCopy()}>
          {t('damaged.openNewest', {
            time: formatDisplayDate(newest.createdAt, { withTime: true }),
          })}
        </button>
      ) : (
        <p>{t('damaged.noVersion')}</p>
      )}
    </div>
  );
}
