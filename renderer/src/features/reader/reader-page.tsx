import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReaderSettings } from '../../../../shared/settings';
import { useNavigationStore } from '../../app/navigation-store';
import { passageQuery } from '../citations/passage-query';
import { QuoteFromReader } from '../citations/quote-from-reader';
import { useLibraryStore } from '../library/library-store';
import { selectReaderSettings, useSettingsStore } from '../settings/settings-store';
import { ArticleView } from './article-view';
import { EditMetaDialog } from './edit-meta-dialog';
import { ExternalLinkDialog } from './external-link-dialog';
import { FindBar } from './find-bar';
import { FontSizeControl } from './font-size-control';
import { ReaderToolbar } from './reader-toolbar';
import { useReaderStore } from './reader-store';
import { stepFontSize } from './reading-stats';
import { backToList, deleteOpenArticle, openNeighbour } from './reader-navigation';
import { changeReaderSettings, useReaderCommands } from './use-reader-commands';
import { useReaderKeys } from './use-reader-keys';
import { useScrollAnchor } from './use-scroll-anchor';
import { useReadingPosition } from './use-reading-position';

const FONTS: Record<ReaderSettings['fontFamily'], string> = {
  serif: "'Noto Serif', Georgia, serif",
  sans: "'Noto Sans', system-ui, sans-serif",
};

export function ReaderPage({ id }: { id: string }) {
  const { t } = useTranslation('reader');
  const { article, error, load, patch } = useReaderStore();
  const settings = useSettingsStore(selectReaderSettings);
  const resetReader = useSettingsStore((state) => state.resetReader);
  const categories = useLibraryStore((state) => state.categories);
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLElement>(null);
  // Opened from a citation: its passage is marked; from a search result: every match of the search.
  const [initialQuery] = useState(() => {
    const passage = useNavigationStore.getState().passage;
    return passage ? passageQuery(passage) : useLibraryStore.getState().query;
  });
  const [finding, setFinding] = useState(() => initialQuery.trim() !== '');
  const [editing, setEditing] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const ready = article?.id === id;

  useEffect(() => void load(id), [id, load]);
  useReadingPosition(scroller, ready ? id : undefined, ready);

  useScrollAnchor(scroller, content, ready, settings);

  const openFind = useCallback(() => setFinding(true), []);
  useReaderCommands(openFind);
  useReaderKeys({
    scroller,
    onNeighbour: (direction) => void openNeighbour(id, direction),
    onBack: backToList,
  });

  const style = {
    '--reader-font-size': `${settings.fontSize}px`,
    '--reader-line-height': String(settings.lineHeight),
    '--reader-width': `${settings.contentWidth}px`,
    '--reader-font': FONTS[settings.fontFamily],
  } as React.CSSProperties;
  const categoryName =
    categories.find((category) => category.id === article?.categoryId)?.name ?? null;

  return (
    <section className="reader" style={style} aria-label={article?.title ?? t('toolbar')}>
      <ReaderToolbar
        starred={article?.starred ?? false}
        settings={settings}
        onBack={backToList}
        onNeighbour={(direction) => void openNeighbour(id, direction)}
        onChangeSettings={changeReaderSettings}
        onResetSettings={() => void resetReader()}
        onFind={openFind}
        onToggleStar={() => void patch({ starred: !article?.starred })}
        onEdit={() => setEditing(true)}
        onPrint={() => window.print()}
        onDelete={() => article && void deleteOpenArticle(article)}
        fontSize={
          <FontSizeControl
            size={settings.fontSize}
            onStep={(direction) =>
              changeReaderSettings({ fontSize: stepFontSize(settings.fontSize, direction) })
            }
          />
        }
      />
      {finding && ready && (
        <FindBar target={content} initialQuery={initialQuery} onClose={() => setFinding(false)} />
      )}
      {/* Reachable by Tab, so the arrow keys and Page Down scroll the article without a mouse. */}
      <div
        ref={scroller}
        className="reader__scroll"
        tabIndex={0}
        role="region"
        aria-label={t('scrollRegion')}
      >
        {error && (
          <p role="alert" className="error-text reader__error">
            {error}
          </p>
        )}
        {ready && (
          <ArticleView
            ref={content}
            article={article}
            categoryName={categoryName}
            onOpenLink={setLink}
          />
        )}
        {ready && <QuoteFromReader articleId={id} content={content} frame={scroller} />}
      </div>
      {editing && article && (
        <EditMetaDialog
          article={article}
          categories={categories}
          onSave={patch}
          onClose={() => setEditing(false)}
        />
      )}
      {link && <ExternalLinkDialog url={link} onClose={() => setLink(null)} />}
    </section>
  );
}
