import { forwardRef, memo, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../../../shared/text/dates';
import { readingMinutes } from './reading-stats';
import type { OpenArticle } from './reader-store';
import { currentShell } from './media-url';
import { sanitizeBody } from './sanitize-body';

/**
 * Past this length the body's blocks skip layout while off screen (content-visibility), so a
 * font-size change lays out what is visible, not all 10,000 words.
 */
const LONG_ARTICLE_WORDS = 3000;

type Props = {
  article: OpenArticle;
  categoryName: string | null;
  onOpenLink(url: string): void;
};

/** The article as the portal shows it, calmer: header, lead, body with captions, author, source. */
/** Memoized: a change of type size re-styles the article through CSS variables, not by re-rendering it. */
export const ArticleView = memo(
  forwardRef<HTMLElement, Props>(function ArticleView({ article, categoryName, onOpenLink }, ref) {
    const { t } = useTranslation('reader');
    const html = useMemo(
      () => (article.body ? sanitizeBody(article.body.html, currentShell()) : ''),
      [article.body],
    );
    // Links in the body never navigate the app: they go through the same confirm as the source link.
    const onBodyClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest('a');
      if (!link) return;
      event.preventDefault();
      const href = link.getAttribute('href');
      if (href) onOpenLink(href);
    };
    const published = article.publishedAt ? formatDisplayDate(article.publishedAt) : null;
    // Some portals repeat the lead as the body's first paragraph; show it once.
    const lead = article.lead.trim();
    const showLead = lead !== '' && !article.body?.text.trimStart().startsWith(lead);
    return (
      <article ref={ref} className="reader__article" lang="vi">
        <header className="reader__header">
          <p className="reader__kicker">
            {article.site && <span className="reader__site">{article.site}</span>}
            {categoryName && <span className="reader__category">{categoryName}</span>}
          </p>
          <h1 className="reader__title">{article.title}</h1>
          <p className="reader__byline">
            {published && <time dateTime={article.publishedAt ?? undefined}>{published}</time>}
            <span>{t('readingTime', { minutes: readingMinutes(article.wordCount) })}</span>
          </p>
        </header>
        {showLead && <p className="reader__lead">{lead}</p>}
        {article.body ? (
          <div
            className={`reader__body${article.wordCount > LONG_ARTICLE_WORDS ? ' reader__body--long' : ''}`}
            onClick={onBodyClick}
            dangerouslySetInnerHTML={{ __html: html }}
          />
        ) : (
          <p className="reader__missing" role="alert">
            {t('missingBody')}
          </p>
        )}
        {article.author && <p className="reader__author">{article.author}</p>}
        {(article.sourceUrl || article.site) && (
          <p className="reader__source">
            {t('source')}: {article.site}
            {article.site && article.sourceUrl && ' — '}
            {article.sourceUrl && (
              <a
                href={article.sourceUrl}
                onClick={(event) => {
                  event.preventDefault();
                  onOpenLink(article.sourceUrl!);
                }}
              >
                {article.sourceUrl}
              </a>
            )}
          </p>
        )}
      </article>
    );
  }),
);
