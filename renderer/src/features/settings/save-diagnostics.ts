import i18next from 'i18next';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { bytesOf, download } from '../../platform/download';

/** Help → "Lưu thông tin chẩn đoán" and the Settings page's button: one zip for IT, saved by the browser. */
export async function saveDiagnostics(): Promise<void> {
  try {
    const { fileName, base64 } = await api.app.saveDiagnostics();
    download(fileName, new Blob([bytesOf(base64)], { type: 'application/zip' }));
    showToast({ message: i18next.t('settings:diagnostics.saved', { fileName }) });
  } catch (error) {
    showToast({ message: errorText(error), tone: 'error' });
  }
}
