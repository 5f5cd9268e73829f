import i18next from 'i18next';
import type { ReportTemplate } from '../../../../shared/report/report';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { bytesToBase64 } from '../import/file-inputs';
import { useReportsStore } from './reports-store';

const t = (key: string, options?: Record<string, unknown>) => i18next.t(`reports:${key}`, options);
const refresh = () => useReportsStore.getState().refresh();

/** Runs an action; a failure becomes an error toast with the message in the user's language. */
async function attempt<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    showToast({ message: errorText(error), tone: 'error' });
    return null;
  }
}

export async function createReport(template: ReportTemplate): Promise<void> {
  const report = await attempt(() => api.reports.create({ template }));
  if (report) useReportsStore.getState().open(report.meta.id);
}

/** "Mở tệp Word": the .docx becomes a new report, opened in the editor; the toast says whether its ND30 layout was read. */
export async function openWordFile(file: File): Promise<void> {
  const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  const opened = await attempt(() => api.reports.openDocx({ name: file.name, base64 }));
  if (!opened) return;
  await refresh();
  useReportsStore.getState().open(opened.report.meta.id);
  const title = opened.report.meta.title || t('list.untitled');
  showToast({
    message: t(opened.recognized ? 'actions.openedWord' : 'actions.openedWordPlain', { title }),
  });
}

export async function renameReport(id: string, title: string): Promise<void> {
  if (await attempt(() => api.reports.rename({ id, title }))) await refresh();
}

export async function duplicateReport(id: string): Promise<void> {
  const copy = await attempt(() => api.reports.duplicate({ id }));
  if (!copy) return;
  await refresh();
  showToast({ message: t('actions.duplicated', { title: copy.title }) });
}

/** To the trash, with "Hoàn tác" in the toast bringing it straight back. */
export async function deleteReport(id: string): Promise<void> {
  const meta = await attempt(() => api.reports.delete({ id }));
  if (!meta) return;
  await refresh();
  showToast({
    message: t('actions.deleted', { title: meta.title || t('list.untitled') }),
    action: {
      label: i18next.t('reader:undo'),
      run: async () => {
        if (await attempt(() => api.reports.restore({ id }))) await refresh();
      },
    },
  });
}

export async function restoreReport(id: string): Promise<void> {
  const meta = await attempt(() => api.reports.restore({ id }));
  if (!meta) return;
  await refresh();
  showToast({ message: t('actions.restored', { title: meta.title || t('list.untitled') }) });
}
