import { create } from 'zustand';
import type { DuplicateMode, FileOverride, ImportReport } from '../../../../shared/ipc/import';
import type { JobProgress } from '../../../../shared/jobs';
import { EarlyProgress } from '../../app/early-progress';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import type { PickedFile } from './file-inputs';
import { buildStartRequest, type FieldEdits, type PreviewFile } from './import-request';

/** Beyond this many files the preview is skipped: nobody corrects a thousand titles by hand. */
export const PREVIEW_LIMIT = 30;

export type ImportStep = 'choose' | 'preview' | 'running' | 'report';

type ImportState = {
  open: boolean;
  step: ImportStep;
  files: PreviewFile[];
  tooLarge: string[];
  inspecting: boolean;
  duplicateMode: DuplicateMode;
  jobId: string | null;
  progress: { done: number; total: number; current: string | null } | null;
  cancelling: boolean;
  report: ImportReport | null;
  error: string | null;
  show(): void;
  hide(): void;
  restart(): void;
  addPicked(picked: PickedFile[]): Promise<void>;
  removeFile(key: string): void;
  editField(key: string, field: keyof FieldEdits, value: string | null): void;
  chooseEncoding(key: string, encoding: NonNullable<FileOverride['encoding']>): Promise<void>;
  setFileDuplicateMode(key: string, mode: DuplicateMode | undefined): void;
  setDuplicateMode(mode: DuplicateMode): void;
  start(): Promise<void>;
  cancel(): Promise<void>;
  onProgress(progress: JobProgress): void;
};

const fresh = {
  step: 'choose' as ImportStep,
  files: [],
  tooLarge: [],
  inspecting: false,
  jobId: null,
  progress: null,
  cancelling: false,
  report: null,
  error: null,
};

/** Counts sent before `import.start` answered with the job's id. */
const early = new EarlyProgress();

export const useImportStore = create<ImportState>((set, get) => {
  // Not state: the dialog stays on the preview until main has taken the job.
  let starting = false;
  const patchFile = (key: string, patch: Partial<PreviewFile>) =>
    set({ files: get().files.map((file) => (file.key === key ? { ...file, ...patch } : file)) });

  const inspect = async (file: PreviewFile) => {
    try {
      const inspection = await api.import.inspect({
        file: file.input,
        ...(file.encoding ? { encoding: file.encoding } : {}),
      });
      patchFile(file.key, { inspection, error: null });
    } catch (error) {
      patchFile(file.key, { inspection: null, error: errorText(error) });
    }
  };

  return {
    open: false,
    duplicateMode: 'skip',
    ...fresh,
    show: () => set({ open: true }),
    hide: () => {
      if (get().step !== 'running') set({ open: false, ...fresh });
    },
    restart: () => set({ ...fresh }),
    async addPicked(picked) {
      const added: PreviewFile[] = picked.flatMap((p) =>
        'input' in p
          ? [{ key: p.key, name: p.name, input: p.input, inspection: null, error: null, edits: {} }]
          : [],
      );
      const tooLarge = picked.flatMap((p) => ('error' in p ? [p.name] : []));
      const files = [...get().files, ...added];
      set({
        files,
        tooLarge: [...get().tooLarge, ...tooLarge],
        step: files.length > 0 ? 'preview' : 'choose',
      });
      if (files.length > PREVIEW_LIMIT) return;
      set({ inspecting: true });
      for (const file of added) await inspect(file);
      set({ inspecting: false });
    },
    removeFile: (key) => {
      const files = get().files.filter((f) => f.key !== key);
      set({ files, step: files.length > 0 ? 'preview' : 'choose' });
    },
    editField: (key, field, value) => {
      const file = get().files.find((f) => f.key === key);
      if (file) patchFile(key, { edits: { ...file.edits, [field]: value } });
    },
    async chooseEncoding(key, encoding) {
      const file = get().files.find((f) => f.key === key);
      if (!file) return;
      patchFile(key, { encoding });
      await inspect({ ...file, encoding });
    },
    setFileDuplicateMode: (key, mode) => patchFile(key, { duplicateMode: mode }),
    setDuplicateMode: (mode) => set({ duplicateMode: mode }),
    async start() {
      const request = buildStartRequest(get().files, get().duplicateMode);
      if (request.files.length === 0) return;
      starting = true;
      try {
        const { jobId } = await api.import.start(request);
        starting = false;
        const first = early.take(jobId);
        set({
          step: 'running',
          jobId,
          progress: first
            ? { done: first.done, total: first.total, current: first.current }
            : { done: 0, total: request.files.length, current: null },
          error: null,
        });
        // A small batch can finish before its id reaches us, so its last progress event would be missed.
        const report = await api.import.report({ jobId });
        if (report.state !== 'running' && get().step === 'running') set({ report, step: 'report' });
      } catch (error) {
        set({ error: errorText(error) });
      } finally {
        starting = false;
      }
    },
    async cancel() {
      const jobId = get().jobId;
      if (!jobId) return;
      set({ cancelling: true });
      await api.jobs.cancel({ jobId }).catch(() => undefined);
    },
    onProgress(progress) {
      if (progress.kind !== 'import') return;
      // Its end, if it came early, is read by start's own `import.report`.
      if (starting) return early.note(progress);
      if (progress.jobId !== get().jobId) return;
      set({ progress: { done: progress.done, total: progress.total, current: progress.current } });
      if (progress.state === 'running') return;
      void api.import
        .report({ jobId: progress.jobId })
        .then((report) => set({ report, step: 'report', cancelling: false }))
        .catch((error: unknown) =>
          set({ error: errorText(error), step: 'report', cancelling: false }),
        );
    },
  };
});
