import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast-store';
import { deleteWithUndo, updateMany } from './article-actions';
import { useExportStore } from './export-store';
import { useLibraryStore } from './library-store';

/** Appears while articles are selected: what can be done to all of them at once. */
export function SelectionBar() {
  const { t } = useTranslation('library');
  const selection = useLibraryStore((state) => state.selection);
  const categories = useLibraryStore((state) => state.categories);
  const clearSelection = useLibraryStore((state) => state.clearSelection);
  const exporting = useExportStore((state) => state.step !== 'closed');
  const beginExport = useExportStore((state) => state.begin);
  const ids = [...selection.ids];
  if (ids.length === 0) return null;
  const move = async (categoryId: string) => {
    await updateMany(ids, { categoryId });
    showToast({ message: t('selection.moved', { count: ids.length }) });
  };
  return (
    <div
      className="selection-bar"
      role="region"
      aria-label={t('selection.count', { count: ids.length })}
    >
      <span className="selection-bar__count">{t('selection.count', { count: ids.length })}</span>
      <button
        type="button"
        className="button--danger"
        onClick={() => void deleteWithUndo(ids, t('selection.deleted', { count: ids.length }))}
      >
        {t('selection.delete')}
      </button>
      <select
        aria-label={t('selection.move')}
        value=""
        onChange={(event) => event.target.value && void move(event.target.value)}
      >
        <option value="">{t('selection.moveTo')}</option>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </select>
      <button type="button" disabled={exporting} onClick={() => void beginExport(ids)}>
        {exporting ? t('selection.exporting') : t('selection.export')}
      </button>
      <button type="button" onClick={() => void updateMany(ids, { read: true })}>
        {t('selection.markRead')}
      </button>
      <button type="button" onClick={() => void updateMany(ids, { starred: true })}>
        {t('selection.star')}
      </button>
      <button type="button" className="button--quiet" onClick={clearSelection}>
        {t('selection.clear')}
      </button>
    </div>
  );
}
