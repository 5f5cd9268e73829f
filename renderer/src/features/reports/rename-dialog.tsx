import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../app/modal-dialog';
import { renameReport } from './report-actions';

export function RenameDialog({
  id,
  title,
  onClose,
}: {
  id: string;
  title: string;
  onClose(): void;
}) {
  const { t } = useTranslation('reports');
  const [value, setValue] = useState(title);
  const trimmed = value.trim();
  return (
    <ModalDialog title={t('rename.title')} onClose={onClose}>
      <form
        className="rename-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!trimmed) return;
          void renameReport(id, trimmed).then(onClose);
        }}
      >
        <label>
          {t('rename.label')}
          <input
            autoFocus
            value={value}
            maxLength={500}
            onChange={(event) => setValue(event.target.value)}
          />
        </label>
        <div className="modal__actions">
          <button type="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button--primary" disabled={!trimmed}>
            {t('rename.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
