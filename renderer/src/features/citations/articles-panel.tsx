import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryWithCountSchema } from '../../../../shared/ipc/archive';
import type { SearchHit } from '../../../../shared/ipc/search';
import { formatDisplayDate } from '../../../../shared/text/dates';
import type { z } from 'zod';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { REPORT_CONTENT_MIME } from '../editor/extensions/content-drop';
import { DateField } from '../search/date-field';
import { HighlightedText } from '../search/highlighted-text';
import { SearchBox } from '../search/search-box';
import { articleContent, type InsertKind, type PanelArticle } from './article-content';

type Category = z.infer<typeof CategoryWithCountSchema>;
type Filters = { categoryId?: string; from?: string; to?: string };
type Row = { hit: SearchHit; article: PanelArticle | null; date: string | null };

const PAGE = 30;

async function loadArticle(id: string): Promise<PanelArticle> {
  const a = await api.articles.get({ id });
  return {
    id: a.id,
    title: a.title,
    site: a.site,
    publishedAt: a.publishedAt,
    lead: a.lead,
    bodyText: a.body?.text ?? null,
  };
}

/**
 * "Tin bài": the archive searched from inside the editor with the library's search (same query
 * language, filters and highlighting). Each result goes in as a citation, as its lead with the
 * citation, or as a quote of a passage selected in its preview; results can be dragged in too.
 */
export function ArticlesPanel({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const { t } = useTranslation('citations');
  const id = useId();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [categories, setCategories] = useState<Category[]>([]);
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const preview = useRef<HTMLDivElement>(null);
  const request = useRef(0);

  useEffect(() => {
    api.categories.list().then(setCategories, () => setCategories([]));
  }, []);

  useEffect(() => {
    const mine = ++request.current;
    const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
    api.search
      .query({ query, filters: clean, limit: PAGE })
      .then(async (result) => {
        // The full articles give citations their site and date, and make drag data ready at once.
        const articles = await Promise.all(
          result.hits.map((hit) => loadArticle(hit.id).catch(() => null)),
        );
        if (mine !== request.current) return;
        setError(null);
        setTotal(result.total);
        setRows(
          result.hits.map((hit, i) => ({
            hit,
            article: articles[i]!,
            date: articles[i]?.publishedAt ?? null,
          })),
        );
      })
      .catch((failure: unknown) => mine === request.current && setError(errorText(failure)));
  }, [query, filters]);

  const insert = useCallback(
    (kind: InsertKind, article: PanelArticle) => {
      let passage = '';
      if (kind === 'quote') {
        const selection = document.getSelection();
        if (selection && preview.current?.contains(selection.anchorNode))
          passage = selection.toString().trim();
        if (!passage) {
          setError(t('panel.pickPassage'));
          return;
        }
      }
      setError(null);
      editor
        .chain()
        .focus()
        .insertContent(articleContent(kind, article, passage))
        .run();
    },
    [editor, t],
  );

  return (
    <aside className="articles-panel" aria-labelledby={`${id}-title`}>
      <header className="articles-panel__header">
        <h2 id={`${id}-title`}>{t('panel.title')}</h2>
        <button
          type="button"
          onClick={onClose}
          aria-label={t('panel.close')}
          title={t('panel.close')}
        >
          ×
        </button>
      </header>
      <SearchBox value={query} onSearch={setQuery} />
      <div className="articles-panel__filters">
        <select
          aria-label={t('compile.categories')}
          value={filters.categoryId ?? ''}
          onChange={(event) =>
            setFilters({ ...filters, categoryId: event.target.value || undefined })
          }
        >
          <option value="">—</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <DateField
          label={t('compile.from')}
          value={filters.from}
          onChange={(from) => setFilters({ ...filters, from })}
        />
        <DateField
          label={t('compile.to')}
          value={filters.to}
          onChange={(to) => setFilters({ ...filters, to })}
        />
      </div>
      <p className="articles-panel__count" aria-live="polite">
        {rows.length > 0 ? t('panel.results', { count: total }) : t('panel.none')}
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <ol className="articles-panel__results">
        {rows.map(({ hit, article, date }) => (
          <li key={hit.id} className="articles-panel__item">
            {/* Only the heading drags: text in a draggable element cannot be selected to quote. */}
            <div
              className="articles-panel__drag"
              draggable={article !== null}
              title={t('panel.drag')}
              onDragStart={(event) => {
                if (!article) return;
                event.dataTransfer.setData(
                  REPORT_CONTENT_MIME,
                  JSON.stringify(articleContent('citation', article)),
                );
                event.dataTransfer.setData('text/plain', article.title);
                event.dataTransfer.effectAllowed = 'copy';
              }}
            >
              <p className="articles-panel__title">
                <HighlightedText text={hit.title} ranges={hit.titleHighlights} />
              </p>
              {date && (
                <p className="articles-panel__date">
                  {formatDisplayDate(date, { withTime: false })}
                </p>
              )}
              <p className="articles-panel__snippet">
                <HighlightedText text={hit.snippet} ranges={hit.snippetHighlights} />
              </p>
            </div>
            {article && (
              <div className="articles-panel__actions">
                <button type="button" onClick={() => insert('citation', article)}>
                  {t('panel.citation')}
                </button>
                <button type="button" onClick={() => insert('lead', article)}>
                  {t('panel.lead')}
                </button>
                <button
                  type="button"
                  aria-expanded={previewId === hit.id}
                  onClick={() => setPreviewId(previewId === hit.id ? null : hit.id)}
                >
                  {t('panel.preview')}
                </button>
              </div>
            )}
            {article && previewId === hit.id && (
              <div className="articles-panel__preview">
                <div ref={preview} className="articles-panel__text" lang="vi">
                  {(article.bodyText ?? article.lead)
                    .split(/\n+/)
                    .filter((line) => line.trim())
                    .map((line, i) => (
                      <p key={i}>{line}</p>
                    ))}
                </div>
                <button
                  type="button"
                  // Keeps the selection in the preview: a mousedown on a button would clear it first.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => insert('quote', article)}
                >
                  {t('panel.quote')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}
