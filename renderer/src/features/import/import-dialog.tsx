import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../app/modal-dialog';
import { api } from '../../platform/api';
import { ChooseStep } from './choose-step';
import { useImportStore } from './import-store';
import { PreviewStep } from './preview-step';
import { ProgressStep, ReportStep } from './run-steps';
import './import.css';

/** Choose files → preview and correct → progress → report. Closing is refused while a batch runs. */
export function ImportDialog({ onImported }: { onImported?(): void }) {
  const { t } = useTranslation('import');
  const { step, hide, onProgress } = useImportStore();
  useEffect(() => api.on('job.progress', onProgress), [onProgress]);
  useEffect(() => {
    if (step === 'report') onImported?.();
  }, [step, onImported]);
  return (
    <ModalDialog title={t('title')} onClose={hide}>
      <div className="import-dialog">
        {step === 'choose' && <ChooseStep />}
        {step === 'preview' && <PreviewStep />}
        {step === 'running' && <ProgressStep />}
        {step === 'report' && <ReportStep onClose={hide} />}
      </div>
    </ModalDialog>
  );
}
