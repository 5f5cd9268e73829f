import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { ImportSlot } from './import-slot';
import { useLibraryStore } from './library-store';

/** What a new user sees: how to import, and a sample archive to try the app on. */
export function EmptyLibrary() {
  const { t } = useTranslation('library');
  const refresh = useLibraryStore((state) => state.refresh);
  const [loading, setLoading] = useState(false);
  const steps = t('empty.steps', { returnObjects: true }) as string[];
  const loadSample = async () => {
    setLoading(true);
    try {
      const { added } = await api.archive.loadSample();
      showToast({ message: t('empty.sampleLoaded', { count: added }) });
      await refresh();
    } catch (error) {
      showToast({ message: errorText(error), tone: 'error' });
    } finally {
      setLoading(false);
    }
  };
  return (
    <div className="empty-library">
      <h2 className="empty-library__title">{t('empty.title')}</h2>
      <p className="empty-library__body">{t('empty.body')}</p>
      <ol className="empty-library__steps">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div className="empty-library__actions">
        <ImportSlot />
      </div>
      <div className="empty-library__sample">
        <h3>{t('empty.sampleTitle')}</h3>
        <p>{t('empty.sampleBody')}</p>
        <button
          type="button"
          className="button--primary"
          disabled={loading}
          onClick={() => void loadSample()}
        >
          {loading ? t('empty.loadingSample') : t('empty.loadSample')}
        </button>
      </div>
    </div>
  );
}
