import i18next from 'i18next';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { bytesOf, download } from '../../platform/download';

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
