import { useTranslation } from 'react-i18next';
import type { ReportListItem } from '../../../../shared/ipc/reports';
import { padNumber, symbolOf } from '../../../../shared/report/nd30';
import { formatDisplayDate } from '../../../../shared/text/dates';
import { deleteReport, duplicateReport, restoreReport } from './report-actions';
import { useReportsStore } from './reports-store';

/** "07/BC-UBND"; while the number is not given yet, the ký hiệu alone. */
export function numberSymbol(item: ReportListItem): string {
  const symbol = symbolOf(item);
  if (item.number === null) return symbol ? `…/${symbol}` : '';
  return symbol ? `${padNumber(item.number)}/${symbol}` : padNumber(item.number);
}

function documentDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function ReportRow({ item, onRename }: { item: ReportListItem; onRename(): void }) {
  const { t } = useTranslation('reports');
  const open = useReportsStore((state) => state.open);
  const title = item.damaged ? item.title : item.title || t('list.untitled');
  const inTrash = item.deletedAt !== null;
  return (
    <tr className={item.damaged ? 'report-row report-row--damaged' : 'report-row'}>
      <td className="report-row__title">
        {inTrash ? (
          <span>{title}</span>
        ) : (
          <button type="button" className="report-row__open" onClick={() => open(item.id)}>
            {title}
          </button>
        )}
        {item.damaged && (
          <span className="report-row__damaged" title={item.damaged}>
            {t('list.damaged')}: {item.damaged}
          </span>
        )}
      </td>
      <td>{numberSymbol(item)}</td>
      <td>{documentDate(item.date)}</td>
      <td>{formatDisplayDate(inTrash ? item.deletedAt! : item.updatedAt, { withTime: true })}</td>
      <td className="report-row__words">{item.words}</td>
      <td className="report-row__actions">
        {inTrash ? (
          <button type="button" onClick={() => void restoreReport(item.id)}>
            {t('actions.restore')}
          </button>
        ) : (
          <>
            {!item.damaged && (
              <>
                <button type="button" className="button--quiet" onClick={onRename}>
                  {t('actions.rename')}
                </button>
                <button
                  type="button"
                  className="button--quiet"
                  onClick={() => void duplicateReport(item.id)}
                >
                  {t('actions.duplicate')}
                </button>
                <button
                  type="button"
                  className="button--quiet button--danger-text"
                  aria-label={`${t('actions.delete')}: ${title}`}
                  onClick={() => void deleteReport(item.id)}
                >
                  {t('actions.delete')}
                </button>
              </>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
