import i18next from 'i18next';
import { create } from 'zustand';
import type { JobProgress } from '../../../../shared/jobs';
import { EarlyProgress } from '../../app/early-progress';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { ApiError, errorText } from '../../platform/api-error';

type ExportStep = 'closed' | 'choose' | 'running';

type ExportState = {
  step: ExportStep;
  ids: string[];
  path: string;
  /** Shown once the chosen file turned out to exist: the person may agree to replace it. */
  exists: boolean;
  overwrite: boolean;
  jobId: string | null;
  progress: { done: number; total: number; bytes: number; current: string | null };
  cancelling: boolean;
  error: string | null;
  /** "Xuất" in the selection bar: the native save dialog in Electron, a path field in the web host. */
  begin(ids: string[]): Promise<void>;
  setPath(path: string): void;
  setOverwrite(overwrite: boolean): void;
  run(): Promise<void>;
  cancel(): Promise<void>;
  close(): void;
  onProgress(progress: JobProgress): void;
};

const fresh = {
  step: 'closed' as ExportStep,
  ids: [],
  path: '',
  exists: false,
  overwrite: false,
  jobId: null,
  progress: { done: 0, total: 0, bytes: 0, current: null },
  cancelling: false,
  error: null,
};

function finished(outcome: Awaited<ReturnType<typeof api.articles.exportResult>>): void {
  if (outcome.state === 'cancelled') {
    showToast({ message: i18next.t('library:exportDialog.cancelled') });
    return;
  }
  const done = i18next.t('library:exportDialog.done', {
    count: outcome.articles,
    path: outcome.path,
  });
  const missing =
    outcome.missingBodies > 0
      ? ` ${i18next.t('library:exportDialog.missing', { count: outcome.missingBodies })}`
      : '';
  showToast({ message: done + missing, ...(missing ? { tone: 'error' as const } : {}) });
}

/** Counts sent before `articles.export` answered with the job's id. */
const early = new EarlyProgress();

/** The library's export: where to, then progress with Cancel; the zip is written by main, never sent here. */
export const useExportStore = create<ExportState>((set, get) => ({
  ...fresh,
  async begin(ids) {
    if (get().step !== 'closed' || ids.length === 0) return;
    try {
      const target = await api.articles.exportTarget({ count: ids.length });
      if (!target.available) return set({ ...fresh, step: 'choose', ids, path: target.suggested });
      if (!target.path) return;
      // The native dialog has asked about replacing an existing file already.
      set({ ...fresh, ids, path: target.path, overwrite: true });
      await get().run();
    } catch (error) {
      showToast({ message: errorText(error), tone: 'error' });
    }
  },
  setPath: (path) => set({ path, exists: false, overwrite: false, error: null }),
  setOverwrite: (overwrite) => set({ overwrite }),
  async run() {
    const { ids, path, overwrite } = get();
    set({
      step: 'running',
      jobId: null,
      cancelling: false,
      error: null,
      progress: { done: 0, total: ids.length, bytes: 0, current: null },
    });
    try {
      const { jobId } = await api.articles.export({ ids, path: path.trim(), overwrite });
      set({ jobId });
      const first = early.take(jobId);
      if (first) get().onProgress(first);
      // Cancel pressed before the job had an id: send it now.
      if (get().cancelling) await api.jobs.cancel({ jobId }).catch(() => undefined);
      const outcome = await api.articles.exportResult({ jobId });
      set({ ...fresh });
      finished(outcome);
    } catch (error) {
      const exists = error instanceof ApiError && error.code === 'file-exists';
      set({ step: 'choose', jobId: null, cancelling: false, error: errorText(error), exists });
    }
  },
  async cancel() {
    const { jobId } = get();
    set({ cancelling: true });
    if (jobId) await api.jobs.cancel({ jobId }).catch(() => undefined);
  },
  close: () => {
    if (get().step !== 'running') set({ ...fresh });
  },
  onProgress(progress) {
    if (progress.kind !== 'export' || progress.state !== 'running') return;
    const { step, jobId } = get();
    if (step === 'running' && jobId === null) return early.note(progress);
    if (progress.jobId !== jobId) return;
    set({
      progress: {
        done: progress.done,
        total: progress.total,
        bytes: progress.bytes ?? 0,
        current: progress.current,
      },
    });
  },
}));
