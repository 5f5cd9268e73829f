import { dialog, type BrowserWindow } from 'electron';
import type { Language } from '../../shared/settings';

const LABELS: Record<Language, { title: string; button: string; documents: string }> = {
  vi: {
    title: 'Chọn tệp tin bài để nhập',
    button: 'Nhập',
    documents: 'Tin bài (văn bản, trang web, Word)',
  },
  en: {
    title: 'Choose article files to import',
    button: 'Import',
    documents: 'Articles (text, web pages, Word)',
  },
};

/** The native open dialog for import: files or folders, the supported kinds first. */
export async function pickImportFiles(
  parent: BrowserWindow | null,
  language: Language,
): Promise<string[] | null> {
  const labels = LABELS[language];
  const options: Electron.OpenDialogOptions = {
    title: labels.title,
    buttonLabel: labels.button,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: labels.documents, extensions: ['txt', 'html', 'htm', 'mhtml', 'mht', 'docx'] },
    ],
  };
  const result =
    parent && !parent.isDestroyed()
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
}
