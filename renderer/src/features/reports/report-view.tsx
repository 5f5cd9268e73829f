import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DamagedReport } from '../../../../shared/ipc/reports';
import type { DocNode } from '../../../../shared/report/document';
import type { ReportFile } from '../../../../shared/report/report';
import { formatDisplayDate } from '../../../../shared/text/dates';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { ReportWorkspace, type LayoutState } from '../report-layout/report-workspace';
import { DamagedReportNotice } from './damaged-report';
import { useReportsStore } from './reports-store';
import { SaveStatusText } from './save-status';
import { useAutosave } from './use-autosave';
import { VersionsPanel } from './versions-panel';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'ok'; report: ReportFile; generation: number }
  | { kind: 'damaged'; damaged: DamagedReport };

/** One open report: the editor with autosave, and the version history beside it. */
export function ReportView({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const close = useReportsStore((state) => state.close);
  const load = useCallback(async () => {
    try {
      const { report, damaged } = await api.reports.get({ id });
      setLoaded(
        report
          ? { kind: 'ok', report, generation: Date.now() }
          : { kind: 'damaged', damaged: damaged! },
      );
    } catch (error) {
      showToast({ message: errorText(error), tone: 'error' });
      close();
    }
  }, [id, close]);
  useEffect(() => {
    void load();
  }, [load]);

  if (loaded.kind === 'loading') return <section className="page report-view" aria-busy="true" />;
  if (loaded.kind === 'damaged')
    return (
      <section className="page report-view">
        <ViewHeader title={id} />
        <DamagedReportNotice id={id} damaged={loaded.damaged} />
      </section>
    );
  return (
    <OpenReport
      key={`${id}-${loaded.generation}`}
      report={loaded.report}
      onReplaced={(report) => setLoaded({ kind: 'ok', report, generation: Date.now() })}
      onReload={() => void load()}
    />
  );
}

function ViewHeader({ title, children }: { title: string; children?: React.ReactNode }) {
  const { t } = useTranslation('reports');
  const close = useReportsStore((state) => state.close);
  return (
    <header className="report-view__header">
      <button type="button" className="button--quiet" onClick={close}>
        ← {t('toolbar.backToList')}
      </button>
      <h1 className="report-view__title">{title || t('list.untitled')}</h1>
      {children}
    </header>
  );
}

type OpenProps = {
  report: ReportFile;
  onReplaced(report: ReportFile): void;
  onReload(): void;
};

function OpenReport({ report, onReplaced, onReload }: OpenProps) {
  const { t } = useTranslation('reports');
  const id = report.meta.id;
  const layoutState = useRef<LayoutState>({
    fields: report.fields,
    layout: report.meta.layout,
    final: report.meta.final,
  });
  const { status, saver, change } = useAutosave(
    id,
    report.meta.revision,
    () => layoutState.current,
  );
  const [history, setHistory] = useState(false);
  const [revision, setRevision] = useState(report.meta.revision);
  const replacing = useRef(false);
  const onChange = useCallback(
    (doc: DocNode) => {
      // The editor being swapped out for a restored version may still emit its last state.
      if (!replacing.current) change(doc);
    },
    [change],
  );
  // The versions list reloads after each save. Followed only while it is open: a save that
  // re-rendered this view while typing cost a keystroke's worth of a 50-page report.
  useEffect(() => {
    if (!history) return;
    const follow = () => {
      if (status.get().state === 'saved') setRevision(saver.baseRevision);
    };
    follow();
    return status.subscribe(follow);
  }, [history, status, saver]);

  const openReport = useReportsStore((state) => state.open);
  const saveCopy = async () => {
    try {
      const copy = await api.reports.create({
        title: t('save.copyTitle', { title: report.meta.title || t('list.untitled') }),
        fields: layoutState.current.fields,
        content: saver.unsaved ?? report.content,
      });
      openReport(copy.meta.id);
    } catch (error) {
      showToast({ message: errorText(error), tone: 'error' });
    }
  };

  const restore = async (versionId: string) => {
    try {
      await saver.flush();
      const restored = await api.reports.restoreVersion({ id, versionId });
      replacing.current = true;
      onReplaced(restored);
      const undo = (await api.reports.versions({ id })).find(
        (version) => version.reason === 'before-restore',
      );
      showToast({
        message: t('versions.restored', {
          time: formatDisplayDate(restored.meta.updatedAt, { withTime: true }),
        }),
        action: undo && {
          label: t('reader:undo'),
          run: async () => {
            try {
              onReplaced(await api.reports.restoreVersion({ id, versionId: undo.id }));
            } catch (error) {
              showToast({ message: errorText(error), tone: 'error' });
            }
          },
        },
      });
    } catch (error) {
      showToast({ message: errorText(error), tone: 'error' });
    }
  };

  return (
    <section className={history ? 'page report-view report-view--history' : 'page report-view'}>
      <ViewHeader title={report.meta.title}>
        <button type="button" aria-pressed={history} onClick={() => setHistory(!history)}>
          {t('versions.open')}
        </button>
      </ViewHeader>
      <div className="report-view__body">
        <div className="report-view__editor">
          <ReportWorkspace
            report={report}
            editable={report.meta.deletedAt === null}
            onContentChange={onChange}
            onLayoutChange={(next, doc) => {
              layoutState.current = next;
              onChange(doc);
            }}
            flush={() => saver.flush()}
            statusSlot={
              <SaveStatusText source={status} onReload={onReload} onSaveCopy={saveCopy} />
            }
          />
        </div>
        {history && (
          <VersionsPanel
            id={id}
            revision={revision}
            onRestore={restore}
            onClose={() => setHistory(false)}
          />
        )}
      </div>
    </section>
  );
}
