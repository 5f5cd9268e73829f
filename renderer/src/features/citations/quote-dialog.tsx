import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportListItem } from '../../../../shared/ipc/reports';
import { ModalDialog } from '../../app/modal-dialog';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { useQuoteStore } from './quote-store';

const NEW = '__new__';

type Props = { articleId: string; passage: string; onClose(): void };

/** The last report quoted into first, then the others by their last edit. */
function ordered(reports: ReportListItem[], last: string | null): ReportListItem[] {
  const byEdit = [...reports].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const lastOne = byEdit.find((r) => r.id === last);
  return lastOne ? [lastOne, ...byEdit.filter((r) => r !== lastOne)] : byEdit;
}

/**
 * "Trích vào báo cáo": pick a report (or a new one) and the passage goes in as a block quote
 * with its citation, through main so the report's revision check covers it.
 */
export function QuoteDialog({ articleId, passage, onClose }: Props) {
  const { t } = useTranslation('citations');
  const ids = useId();
  const lastReportId = useQuoteStore((s) => s.lastReportId);
  const [reports, setReports] = useState<ReportListItem[] | null>(null);
  const [target, setTarget] = useState<string>(NEW);
  const [newTitle, setNewTitle] = useState(() => t('quote.newTitleDefault'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.reports.list().then(
      (list) => {
        const sorted = ordered(list, useQuoteStore.getState().lastReportId);
        setReports(sorted);
        if (sorted[0]) setTarget(sorted[0].id);
      },
      (failure: unknown) => {
        setReports([]);
        setError(errorText(failure));
      },
    );
  }, []);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const reportId =
        target === NEW
          ? (await api.reports.create({ title: newTitle.trim() || t('quote.newTitleDefault') }))
              .meta.id
          : target;
      const at = useQuoteStore.getState().cursors[reportId] ?? null;
      const meta = await api.reports.appendQuote({ reportId, articleId, text: passage, at });
      useQuoteStore.getState().setLastReport(reportId);
      showToast({ message: t('quote.done', { title: meta.title }) });
      onClose();
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={t('quote.title')} onClose={onClose}>
      <form
        className="quote-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="field__label">{t('quote.passage')}</p>
        <blockquote className="quote-dialog__passage" lang="vi">
          {passage}
        </blockquote>
        <div className="field">
          <label htmlFor={`${ids}-report`}>{t('quote.report')}</label>
          <select
            id={`${ids}-report`}
            value={target}
            disabled={reports === null}
            onChange={(event) => setTarget(event.target.value)}
          >
            {(reports ?? []).map((report) => (
              <option key={report.id} value={report.id}>
                {report.id === lastReportId
                  ? t('quote.lastUsed', { title: report.title })
                  : report.title}
              </option>
            ))}
            <option value={NEW}>{t('quote.newReport')}</option>
          </select>
        </div>
        {target === NEW && (
          <div className="field">
            <label htmlFor={`${ids}-title`}>{t('quote.newTitle')}</label>
            <input
              id={`${ids}-title`}
              value={newTitle}
              maxLength={500}
              onChange={(event) => setNewTitle(event.target.value)}
            />
          </div>
        )}
        <p className="hint">{t('quote.where')}</p>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {t('quote.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || reports === null}>
            {t('quote.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
