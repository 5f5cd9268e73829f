import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/navigation-store';
import { ReaderPage } from '../reader/reader-page';
import { deleteWithUndo } from './article-actions';
import { ArticleList } from './article-list';
import { EmptyLibrary } from './empty-library';
import { ExportDialog } from './export-dialog';
import { LibraryToolbar } from './library-toolbar';
import { useLibraryStore } from './library-store';
import { SelectionBar } from './selection-bar';
import { useLibraryRefresh } from './use-library-refresh';

/** The library: the list with its toolbar, or the reader when an article is open. */
export function LibraryPage() {
  const articleId = useNavigationStore((state) => state.articleId);
  useLibraryRefresh();
  return articleId ? <ReaderPage key={articleId} id={articleId} /> : <LibraryList />;
}

function LibraryList() {
  const { t } = useTranslation('library');
  const archiveTotal = useLibraryStore((state) => state.archiveTotal);
  const total = useLibraryStore((state) => state.total);
  const loading = useLibraryStore((state) => state.loading);
  const error = useLibraryStore((state) => state.error);
  const clearFilters = useLibraryStore((state) => state.clearFilters);
  useEffect(() => useLibraryStore.getState().start(), []);
  const deleteSelected = () => {
    const ids = [...useLibraryStore.getState().selection.ids];
    if (ids.length > 0) void deleteWithUndo(ids, t('selection.deleted', { count: ids.length }));
  };
  return (
    <section className="page library-page" aria-labelledby="library-title">
      <h1 id="library-title" className="visually-hidden">
        {t('title')}
      </h1>
      {archiveTotal === 0 ? (
        <EmptyLibrary />
      ) : (
        <>
          <LibraryToolbar />
          <SelectionBar />
          <ExportDialog />
          {error && (
            <p role="alert" className="error-text">
              {error}
            </p>
          )}
          {!loading && total === 0 ? (
            <div className="library-page__none">
              <p>{t('list.noResults')}</p>
              <button type="button" onClick={clearFilters}>
                {t('list.clearFilters')}
              </button>
            </div>
          ) : (
            <ArticleList onDeleteSelected={deleteSelected} />
          )}
        </>
      )}
    </section>
  );
}
