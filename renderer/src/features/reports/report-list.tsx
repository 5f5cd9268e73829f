import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportListItem } from '../../../../shared/ipc/reports';
import { useDebouncedCallback } from '../search/use-debounced-callback';
import { CreateMenu } from './create-menu';
import { RenameDialog } from './rename-dialog';
import { ReportRow } from './report-row';
import { useReportsStore } from './reports-store';
import { useReportsRefresh } from './use-reports-refresh';

/** The Báo cáo section's list: newest edit first, a text filter, and the trash. */
export function ReportList() {
  const { t } = useTranslation('reports');
  const { items, query, trash, loading, setQuery, setTrash, refresh } = useReportsStore();
  const [text, setText] = useState(query);
  const [renaming, setRenaming] = useState<ReportListItem | null>(null);
  const search = useDebouncedCallback((value: string) => setQuery(value), 200);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useReportsRefresh();

  const empty = query
    ? t('list.noResults', { query })
    : trash
      ? t('list.emptyTrash')
      : t('list.empty');
  return (
    <section className="page reports-page" aria-labelledby="reports-title">
      <header className="reports-toolbar" aria-label={t('toolbar.label')}>
        <h1 id="reports-title">{trash ? t('toolbar.trash') : t('title')}</h1>
        <div className="reports-toolbar__row">
          <input
            type="search"
            className="reports-toolbar__search"
            aria-label={t('toolbar.search')}
            placeholder={t('toolbar.search')}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              search(event.target.value);
            }}
          />
          {!trash && <CreateMenu />}
          <button type="button" aria-pressed={trash} onClick={() => setTrash(!trash)}>
            {trash ? t('toolbar.backToList') : t('toolbar.trash')}
          </button>
        </div>
      </header>
      {items.length === 0 && !loading ? (
        <p className="reports-empty">{empty}</p>
      ) : (
        <table className="reports-table" aria-label={t('list.label')}>
          <thead>
            <tr>
              <th scope="col">{t('list.title')}</th>
              <th scope="col">{t('list.number')}</th>
              <th scope="col">{t('list.date')}</th>
              <th scope="col">{trash ? t('list.deleted') : t('list.edited')}</th>
              <th scope="col">{t('list.words')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <ReportRow key={item.id} item={item} onRename={() => setRenaming(item)} />
            ))}
          </tbody>
        </table>
      )}
      {renaming && (
        <RenameDialog id={renaming.id} title={renaming.title} onClose={() => setRenaming(null)} />
      )}
    </section>
  );
}
