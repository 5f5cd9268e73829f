import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../app/modal-dialog';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';

type Props = { url: string; onClose(): void };

/** Nothing leaves the app without the user saying so: the address is shown before the browser opens. */
export function ExternalLinkDialog({ url, onClose }: Props) {
  const { t } = useTranslation('reader');
  const { t: tc } = useTranslation();
  const open = async () => {
    onClose();
    const { opened } = await api.app.openExternal({ url }).catch(() => ({ opened: false }));
    if (!opened) showToast({ message: t('external.failed'), tone: 'error' });
  };
  return (
    <ModalDialog title={t('external.title')} onClose={onClose}>
      <p>{t('external.body')}</p>
      <p className="modal__url">{url}</p>
      <div className="modal__actions">
        <button type="button" onClick={onClose}>
          {tc('actions.cancel')}
        </button>
        <button type="button" className="button--primary" onClick={() => void open()}>
          {t('external.open')}
        </button>
      </div>
    </ModalDialog>
  );
}
