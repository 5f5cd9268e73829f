import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../../../shared/text/dates';
import { HighlightedText } from '../search/highlighted-text';
import type { Row } from './list-pages';

type Props = {
  row: Row | undefined;
  categoryName: string | null;
  selected: boolean;
  active: boolean;
  id: string;
  onToggle(): void;
};

/** How much of the lead a row shows; the rest is for the reader. */
const LEAD_CHARS = 180;

export function ArticleRow({ row, categoryName, selected, active, id, onToggle }: Props) {
  const { t } = useTranslation('library');
  if (!row) {
    return (
      <div className="article-row article-row--loading" id={id} role="option" aria-selected={false}>
        {t('list.loadingRow')}
      </div>
    );
  }
  const { item, hit } = row;
  const title = hit?.title ?? item?.title ?? '';
  const date = item?.publishedAt
    ? formatDisplayDate(item.publishedAt, { withTime: false })
    : t('list.noDate');
  const unread = item ? !item.read : false;
  return (
    <div
      className={`article-row${selected ? ' article-row--selected' : ''}${active ? ' article-row--active' : ''}${unread ? ' article-row--unread' : ''}`}
      id={id}
      role="option"
      aria-selected={selected}
      data-article-id={row.id}
    >
      <span
        className="article-row__check"
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          onToggle();
        }}
      >
        {selected ? '✓' : ''}
      </span>
      <div className="article-row__body">
        <div className="article-row__title">
          {unread && (
            <span
              className="article-row__unread"
              title={t('list.unread')}
              aria-label={t('list.unread')}
              role="img"
            />
          )}
          <HighlightedText text={title} ranges={hit?.titleHighlights ?? []} />
          {item?.starred && (
            <span
              className="article-row__star"
              role="img"
              aria-label={t('list.starred')}
              title={t('list.starred')}
            >
              ★
            </span>
          )}
        </div>
        <div className="article-row__meta">
          <span>{date}</span>
          {categoryName && <span className="article-row__category">{categoryName}</span>}
          {item?.site && <span className="article-row__site">{item.site}</span>}
        </div>
        <p className="article-row__lead">
          {hit ? (
            <HighlightedText text={hit.snippet} ranges={hit.snippetHighlights} />
          ) : (
            clip(item?.lead ?? '', LEAD_CHARS)
          )}
        </p>
      </div>
    </div>
  );
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}
