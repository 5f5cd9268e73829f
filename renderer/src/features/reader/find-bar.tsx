import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedCallback } from '../search/use-debounced-callback';
import { clearMarks, markMatches, setCurrent } from './find-marks';

type Props = { target: RefObject<HTMLElement | null>; initialQuery: string; onClose(): void };

/** Ctrl+F inside the article: every match marked, Enter / Shift+Enter (or the arrows) to step through them. */
export function FindBar({ target, initialQuery, onClose }: Props) {
  const { t } = useTranslation('search');
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [matches, setMatches] = useState<HTMLElement[][]>([]);
  const [current, setCurrentIndex] = useState(0);

  const run = (text: string) => {
    if (!target.current) return;
    const found = markMatches(target.current, text);
    setMatches(found);
    setCurrentIndex(0);
    setCurrent(found, 0);
  };
  const runLater = useDebouncedCallback(run, 120);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
    if (initialQuery) run(initialQuery);
    const root = target.current;
    return () => {
      if (root) clearMarks(root);
    };
    // Marks are put in once when the bar opens; later runs follow the typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const step = (direction: 1 | -1) => {
    if (matches.length === 0) return;
    const next = (current + direction + matches.length) % matches.length;
    setCurrentIndex(next);
    setCurrent(matches, next);
  };

  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        type="search"
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          runLater(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <span className="find-bar__count" aria-live="polite">
        {matches.length > 0
          ? t('find.count', { current: current + 1, total: matches.length })
          : query
            ? t('find.none')
            : ''}
      </span>
      <button
        type="button"
        aria-label={t('find.previous')}
        title={t('find.previous')}
        onClick={() => step(-1)}
        disabled={matches.length === 0}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={t('find.next')}
        title={t('find.next')}
        onClick={() => step(1)}
        disabled={matches.length === 0}
      >
        ↓
      </button>
      <button type="button" aria-label={t('find.close')} title={t('find.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
