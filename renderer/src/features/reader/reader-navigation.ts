import i18next from 'i18next';
import { useNavigationStore } from '../../app/navigation-store';
import { deleteWithUndo } from '../library/article-actions';
import { useLibraryStore } from '../library/library-store';

/** Back to the list, which is reloaded: the article may have been read, starred or edited. */
export function backToList(): void {
  useNavigationStore.getState().closeArticle();
  void useLibraryStore.getState().refresh();
}

/** The next or previous article of the list as it is sorted and filtered. */
export async function openNeighbour(id: string, direction: 1 | -1): Promise<void> {
  const next = await useLibraryStore.getState().neighbour(id, direction);
  if (next) useNavigationStore.getState().openArticle(next);
}

/** Deletes the open article (with "Hoàn tác") and moves on to the next one, or back to the list. */
export async function deleteOpenArticle(article: { id: string; title: string }): Promise<void> {
  const nextId = await useLibraryStore.getState().neighbour(article.id, 1);
  if (!(await deleteWithUndo([article.id], i18next.t('reader:deleted', { title: article.title }))))
    return;
  if (nextId) useNavigationStore.getState().openArticle(nextId);
  else useNavigationStore.getState().closeArticle();
}
