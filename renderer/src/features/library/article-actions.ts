import i18next from 'i18next';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { useLibraryStore } from './library-store';

const t = (key: string, options?: Record<string, unknown>) => i18next.t(key, options);

function reportError(error: unknown): void {
  showToast({ message: errorText(error), tone: 'error' });
}

/** Deletes (to the archive's trash) and offers "Hoàn tác" in a toast; the list follows either way. */
export async function deleteWithUndo(ids: string[], message: string): Promise<boolean> {
  try {
    await api.articles.delete({ ids });
  } catch (error) {
    reportError(error);
    return false;
  }
  void useLibraryStore.getState().refresh();
  showToast({
    message,
    action: {
      label: t('reader:undo'),
      run: async () => {
        try {
          await api.articles.undoDelete({ ids });
          await useLibraryStore.getState().refresh();
        } catch (error) {
          reportError(error);
        }
      },
    },
  });
  return true;
}

/** The same change to several articles (move to a category, mark read, star), then one refresh. */
export async function updateMany(
  ids: string[],
  patch: { categoryId?: string | null; read?: boolean; starred?: boolean },
): Promise<void> {
  try {
    for (const id of ids) await api.articles.update({ id, patch });
  } catch (error) {
    reportError(error);
  }
  await useLibraryStore.getState().refresh();
}
