import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { useLibraryStore } from './library-store';

/**
 * "Dọn thùng rác (N)": removes the deleted articles for good, after a confirmation that says
 * it cannot be undone. The trash also empties itself of articles deleted 30+ days ago.
 */
export function EmptyTrash() {
  const { t, i18n } = useTranslation('library');
  const count = useLibraryStore((state) => state.trashCount);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const number = new Intl.NumberFormat(i18n.language).format(count);
  const empty = async () => {
    setBusy(true);
    try {
      const { removed } = await api.archive.emptyTrash();
      showToast({ message: t('trash.emptied', { count: removed }) });
      await useLibraryStore.getState().refresh();
    } catch (error) {
      showToast({ message: errorText(error), tone: 'error' });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <div className="empty-trash">
      {confirming ? (
        <div role="group" aria-label={t('trash.empty', { count: number })}>
          <p>{t('trash.confirm', { count })}</p>
          <button type="button" disabled={busy} onClick={() => void empty()}>
            {t('trash.confirmButton')}
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
            {t('trash.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="empty-trash__button"
          disabled={count === 0}
          title={t('trash.note')}
          onClick={() => setConfirming(true)}
        >
          {t('trash.empty', { count: number })}
        </button>
      )}
    </div>
  );
}
