import { BrowserWindow, dialog } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Language } from '../../shared/settings';

/**
 * The app's PDF: the print HTML in a hidden, script-less window of its own in-memory session,
 * printed by Electron's Chromium with the page size and margins the CSS sets (@page).
 */
export async function printToPdfHidden(html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-print-'));
  const file = path.join(dir, 'report.html');
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      partition: 'kho-tin-print',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
      // Middle-click cannot open anything from the print page either.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await writeFile(file, html, 'utf8');
    await win.loadFile(file);
    const pdf = await win.webContents.printToPDF({
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: true,
    });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

const SAVE_TITLE: Record<Language, string> = { vi: 'Lưu văn bản', en: 'Save document' };
const EXPORT_TITLE: Record<Language, string> = {
  vi: 'Xuất các tin bài đã chọn',
  en: 'Export the selected articles',
};
const FILTERS: Record<string, { vi: string; en: string }> = {
  docx: { vi: 'Tài liệu Word', en: 'Word document' },
  pdf: { vi: 'Tài liệu PDF', en: 'PDF document' },
  html: { vi: 'Trang web', en: 'Web page' },
  zip: { vi: 'Tệp nén ZIP', en: 'ZIP archive' },
};

/** The native save dialog: the path chosen (the dialog asked about overwriting), null when cancelled. */
export async function chooseSavePath(
  parent: BrowserWindow | null,
  language: Language,
  fileName: string,
): Promise<string | null> {
  const extension = path.extname(fileName).slice(1);
  const options: Electron.SaveDialogOptions = {
    title: (extension === 'zip' ? EXPORT_TITLE : SAVE_TITLE)[language],
    defaultPath: fileName,
    filters: [{ name: FILTERS[extension]?.[language] ?? extension, extensions: [extension] }],
  };
  const result =
    parent && !parent.isDestroyed()
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** The native save dialog for an exported report; returns the path written, null when cancelled. */
export async function saveExportedFile(
  parent: BrowserWindow | null,
  language: Language,
  fileName: string,
  bytes: Uint8Array,
): Promise<string | null> {
  const chosen = await chooseSavePath(parent, language, fileName);
  if (chosen) await writeFile(chosen, bytes);
  return chosen;
}
