import i18next from 'i18next';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** An <a download> click: the one way to save a file that works the same in Electron and a browser. */
function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy by the next task; revoking at once can cancel it in Chromium.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The library's "Xuất": the selected articles as one zip of HTML pages, saved by the browser. */
export async function exportArticles(ids: string[]): Promise<boolean> {
  try {
    const { fileName, base64 } = await api.articles.export({ ids });
    download(fileName, new Blob([bytesOf(base64)], { type: 'application/zip' }));
  } catch (error) {
    showToast({ message: errorText(error), tone: 'error' });
    return false;
  }
  showToast({ message: i18next.t('library:selection.exported', { count: ids.length }) });
  return true;
}
