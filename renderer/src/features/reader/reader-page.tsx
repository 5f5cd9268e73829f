import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FONT_SIZE, type ReaderSettings } from '../../../../shared/settings';
import { useCommands } from '../../app/command-bus';
import { useNavigationStore } from '../../app/navigation-store';
import { deleteWithUndo } from '../library/article-actions';
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
import { captureAnchor, restoreAnchor, type ScrollAnchor } from './scroll-anchor';
import { useReaderKeys } from './use-reader-keys';
import { useReadingPosition } from './use-reading-position';

const FONTS: Record<ReaderSettings['fontFamily'], string> = {
  serif: "'Noto Serif', Georgia, serif",
  sans: "'Noto Sans', system-ui, sans-serif",
};

export function ReaderPage({ id }: { id: string }) {
  const { t } = useTranslation('reader');
  const { article, error, load, patch } = useReaderStore();
  const settings = useSettingsStore(selectReaderSettings);
  const updateSettings = useSettingsStore((state) => state.update);
  const resetReader = useSettingsStore((state) => state.resetReader);
  const categories = useLibraryStore((state) => state.categories);
  const { closeArticle, openArticle } = useNavigationStore();
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLElement>(null);
  const anchor = useRef<ScrollAnchor | null>(null);
  // Opened from a search result: every match of the search is marked straight away.
  const [finding, setFinding] = useState(() => useLibraryStore.getState().query.trim() !== '');
  const [editing, setEditing] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const ready = article?.id === id;

  useEffect(() => void load(id), [id, load]);
  useReadingPosition(scroller, ready ? id : undefined, ready);

  // The anchor follows the reading; any change of type, spacing or width puts that text back on top.
  useEffect(() => {
    const element = scroller.current;
    if (!element || !ready) return;
    let frame = 0;
    const capture = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => (anchor.current = content.current ? captureAnchor(element, content.current) : null));
    };
    capture();
    element.addEventListener('scroll', capture, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', capture);
    };
  }, [ready]);
  useLayoutEffect(() => {
    if (scroller.current && anchor.current) restoreAnchor(scroller.current, anchor.current);
  }, [settings.fontSize, settings.lineHeight, settings.contentWidth, settings.fontFamily]);

  const back = useCallback(() => {
    closeArticle();
    void useLibraryStore.getState().refresh();
  }, [closeArticle]);
  const neighbour = useCallback(
    async (direction: 1 | -1) => {
      const next = await useLibraryStore.getState().neighbour(id, direction);
      if (next) openArticle(next);
    },
    [id, openArticle],
  );
  const changeSettings = (reader: Partial<ReaderSettings>) => void updateSettings({ reader });
  const commands = useMemo(
    () => ({
      'reader.fontLarger': () => changeSettings({ fontSize: stepFontSize(useSettingsStore.getState().settings.reader.fontSize, 1) }),
      'reader.fontSmaller': () => changeSettings({ fontSize: stepFontSize(useSettingsStore.getState().settings.reader.fontSize, -1) }),
      'reader.fontReset': () => changeSettings({ fontSize: FONT_SIZE.DEFAULT }),
      'find.open': () => setFinding(true),
      print: () => window.print(),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  useCommands(commands);
  useReaderKeys({ scroller, onNeighbour: (direction) => void neighbour(direction), onBack: back });

  const remove = async () => {
    if (!article) return;
    const nextId = await useLibraryStore.getState().neighbour(article.id, 1);
    if (await deleteWithUndo([article.id], t('deleted', { title: article.title }))) {
      if (nextId) openArticle(nextId);
      else closeArticle();
    }
  };

  const style = {
    '--reader-font-size': `${settings.fontSize}px`,
    '--reader-line-height': String(settings.lineHeight),
    '--reader-width': `${settings.contentWidth}px`,
    '--reader-font': FONTS[settings.fontFamily],
  } as React.CSSProperties;
  const categoryName = categories.find((category) => category.id === article?.categoryId)?.name ?? null;

  return (
    <section className="reader" style={style} aria-label={article?.title ?? t('toolbar')}>
      <ReaderToolbar
        starred={article?.starred ?? false}
        settings={settings}
        onBack={back}
        onNeighbour={(direction) => void neighbour(direction)}
        onChangeSettings={changeSettings}
        onResetSettings={() => void resetReader()}
        onFind={() => setFinding(true)}
        onToggleStar={() => void patch({ starred: !article?.starred })}
        onEdit={() => setEditing(true)}
        onPrint={() => window.print()}
        onDelete={() => void remove()}
        fontSize={<FontSizeControl size={settings.fontSize} onStep={(direction) => changeSettings({ fontSize: stepFontSize(settings.fontSize, direction) })} />}
      />
      {finding && ready && (
        <FindBar target={content} initialQuery={useLibraryStore.getState().query} onClose={() => setFinding(false)} />
      )}
      <div ref={scroller} className="reader__scroll" tabIndex={-1}>
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
      </div>
      {editing && article && <EditMetaDialog article={article} categories={categories} onSave={patch} onClose={() => setEditing(false)} />}
      {link && <ExternalLinkDialog url={link} onClose={() => setLink(null)} />}
    </section>
  );
}
