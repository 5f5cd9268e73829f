import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocNode } from '../../../../shared/report/document';
import type { ReportVersionInfo } from '../../../../shared/report/report';
import { formatDisplayDate } from '../../../../shared/text/dates';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { ReportEditor } from '../editor/report-editor';

type Props = {
  id: string;
  /** Changes whenever the report was saved or restored, so the list is fetched again. */
  revision: number;
  onRestore(versionId: string): Promise<void>;
  onClose(): void;
};

const ignore = () => undefined;

/** "Lịch sử phiên bản": the snapshots with time and words, a read-only preview beside the text, restore in one click. */
export function VersionsPanel({ id, revision, onRestore, onClose }: Props) {
  const { t } = useTranslation('reports');
  const [versions, setVersions] = useState<ReportVersionInfo[] | null>(null);
  const [selected, setSelected] = useState<{ id: string; content: DocNode } | null>(null);
  useEffect(() => {
    let live = true;
    api.reports
      .versions({ id })
      .then((list) => live && setVersions(list))
      .catch((error: unknown) => showToast({ message: errorText(error), tone: 'error' }));
    return () => {
      live = false;
    };
  }, [id, revision]);

  const select = async (versionId: string) => {
    try {
      const version = await api.reports.version({ id, versionId });
      setSelected({ id: versionId, content: version.content });
    } catch (error) {
      showToast({ message: errorText(error), tone: 'error' });
    }
  };

  return (
    <>
      {selected && (
        <section className="version-preview" aria-label={t('versions.preview')}>
          <div className="version-preview__bar">
            <button
              type="button"
              className="button--primary"
              onClick={() => void onRestore(selected.id).then(() => setSelected(null))}
            >
              {t('versions.restore')}
            </button>
          </div>
          <ReportEditor
            key={selected.id}
            content={selected.content}
            editable={false}
            onChange={ignore}
          />
        </section>
      )}
      <aside className="versions-panel" aria-label={t('versions.title')}>
        <div className="versions-panel__head">
          <h2>{t('versions.title')}</h2>
          <button type="button" className="button--quiet" onClick={onClose}>
            {t('versions.close')}
          </button>
        </div>
        {versions?.length === 0 && <p>{t('versions.empty')}</p>}
        <ol className="versions-panel__list">
          {versions?.map((version) => (
            <li key={version.id}>
              <button
                type="button"
                aria-pressed={selected?.id === version.id}
                onClick={() => void select(version.id)}
              >
                <span className="versions-panel__time">
                  {formatDisplayDate(version.createdAt, { withTime: true })}
                </span>
                <span className="versions-panel__meta">
                  {t(`versions.reason.${version.reason}`)} ·{' '}
                  {t('versions.words', { count: version.words })}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </aside>
    </>
  );
}
