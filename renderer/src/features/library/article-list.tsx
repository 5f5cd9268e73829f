import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/navigation-store';
import { ArticleRow } from './article-row';
import { useLibraryStore } from './library-store';
import { monthKey, startsGroup } from './month-groups';
import { useArticleVirtualizer } from './use-article-virtualizer';
import { listKeyHandler } from './use-list-keyboard';

const GROUP_HEADER = 36;

type Props = { onDeleteSelected(): void };

/** The article list, virtualized: only the rows on screen (plus a few) are in the DOM, at any archive size. */
export function ArticleList({ onDeleteSelected }: Props) {
  const { t } = useTranslation('library');
  const total = useLibraryStore((state) => state.total);
  const sort = useLibraryStore((state) => state.sort);
  const selection = useLibraryStore((state) => state.selection);
  const categories = useLibraryStore((state) => state.categories);
  const { rowAt, select } = useLibraryStore.getState();
  const openArticle = useNavigationStore((state) => state.openArticle);
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(-1);
  const grouped = sort.startsWith('date');
  const categoryNames = useMemo(() => new Map(categories.map((c) => [c.id, c.name])), [categories]);

  const resetActive = useCallback(() => setActive(-1), []);
  const { virtualizer, items, first } = useArticleVirtualizer(scroller, resetActive);

  const open = (index: number) => {
    const row = rowAt(index);
    if (row) openArticle(row.id);
  };
  const onKeyDown = listKeyHandler({
    active,
    total,
    pageRows: Math.max(1, items.length - 4),
    setActive: (index) => {
      setActive(index);
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    select,
    open,
    deleteSelected: onDeleteSelected,
  });
  const topRow = items.find((item) => item.end > virtualizer.scrollOffset!) ?? items[0];
  const stickyMonth = grouped && topRow ? monthKey(rowAt(topRow.index)) : '';
  const monthLabel = (key: string) =>
    key ? t('list.month', { month: key.slice(5, 7), year: key.slice(0, 4) }) : t('list.noDate');

  return (
    <div className="article-list">
      {grouped && total > 0 && (
        <div className="article-list__sticky" aria-hidden="true">
          {monthLabel(stickyMonth)}
        </div>
      )}
      <div
        ref={scroller}
        className="article-list__scroller"
        role="listbox"
        aria-label={t('list.label')}
        aria-multiselectable="true"
        aria-activedescendant={active >= 0 ? `article-option-${active}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => active < 0 && total > 0 && setActive(first)}
      >
        <div className="article-list__canvas" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((virtual) => {
            const row = rowAt(virtual.index);
            const header =
              grouped &&
              startsGroup(
                row,
                virtual.index > 0 ? rowAt(virtual.index - 1) : undefined,
                virtual.index,
              );
            return (
              <div
                key={virtual.key}
                data-index={virtual.index}
                ref={virtualizer.measureElement}
                className="article-list__item"
                style={{ transform: `translateY(${virtual.start}px)` }}
                onClick={(event) => {
                  setActive(virtual.index);
                  const mods = { ctrl: event.ctrlKey || event.metaKey, shift: event.shiftKey };
                  if (mods.ctrl || mods.shift) select(virtual.index, mods);
                  else open(virtual.index);
                }}
              >
                {header && (
                  <div
                    className="article-list__group"
                    style={{ minHeight: GROUP_HEADER }}
                    aria-hidden="true"
                  >
                    {monthLabel(monthKey(row))}
                  </div>
                )}
                <ArticleRow
                  row={row}
                  id={`article-option-${virtual.index}`}
                  categoryName={
                    row?.item?.categoryId ? (categoryNames.get(row.item.categoryId) ?? null) : null
                  }
                  selected={row ? selection.ids.has(row.id) : false}
                  active={virtual.index === active}
                  onToggle={() => select(virtual.index, { ctrl: true, shift: false })}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
