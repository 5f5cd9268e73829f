import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../../shared/ipc/report-output';
import type { DocNode } from '../../../../shared/report/document';
import type { ReportFields } from '../../../../shared/report/fields';
import { preflight, type PreflightTarget } from '../../../../shared/report/preflight';
import type { ReportLayout } from '../../../../shared/report/report';
import { ModalDialog } from '../../app/modal-dialog';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { bytesOf, download } from '../../platform/download';

export type ExportDialogProps = {
  id: string;
  fields: ReportFields;
  content: DocNode;
  layout: ReportLayout;
  final: boolean;
  /** Writes pending edits before the export reads the saved report. */
  flush(): Promise<void>;
  /** A finding's link: the panel focuses the field, the editor moves to the position. */
  onGoTo(target: PreflightTarget): void;
  onClose(): void;
};

const FORMATS: ExportFormat[] = ['docx', 'pdf', 'html'];

/** Pre-flight findings with links to each place, then Word, PDF or HTML (as a draft if findings remain). */
export function ExportDialog(props: ExportDialogProps) {
  const { t } = useTranslation('layout');
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const findings = useMemo(
    () =>
      preflight({
        fields: props.fields,
        content: props.content,
        layout: props.layout,
        final: props.final,
      }),
    [props.fields, props.content, props.layout, props.final],
  );

  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      await props.flush();
      const out = await api.reports.export({ id: props.id, format });
      if (out.base64 !== null) {
        download(out.fileName, new Blob([bytesOf(out.base64)]));
        showToast({ message: t('export.downloaded', { name: out.fileName }) });
      } else if (out.savedTo) {
        showToast({ message: t('export.saved', { path: out.savedTo }) });
      }
      props.onClose();
    } catch (error) {
      showToast({ message: errorText(error), tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <ModalDialog title={t('export.title')} onClose={props.onClose}>
      <section aria-label={t('preflight.title')} data-testid="preflight">
        <h3>{t('preflight.title')}</h3>
        {findings.length === 0 ? (
          <p>{t('preflight.ok')}</p>
        ) : (
          <>
            <p>{t('preflight.intro')}</p>
            <ul className="preflight-list">
              {findings.map((finding) => (
                <li key={`${finding.code}-${finding.detail ?? ''}`} data-code={finding.code}>
                  <button
                    type="button"
                    onClick={() => {
                      props.onGoTo(finding.target);
                      props.onClose();
                    }}
                  >
                    {t(`preflight.codes.${finding.code}`, { detail: finding.detail })}
                  </button>
                </li>
              ))}
            </ul>
            <p>{t('preflight.draftNote')}</p>
          </>
        )}
      </section>
      <div className="export-dialog__actions">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            disabled={busy !== null}
            data-format={format}
            onClick={() => void run(format)}
          >
            {busy === format ? t('export.working') : t(`export.${format}`)}
          </button>
        ))}
        {findings.length > 0 && <span className="fields-panel__hint">{t('export.asDraft')}</span>}
        <button type="button" className="button--quiet" onClick={props.onClose}>
          {t('export.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
