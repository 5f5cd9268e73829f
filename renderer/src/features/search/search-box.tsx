import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedCallback } from './use-debounced-callback';

type Props = { value: string; onSearch(query: string): void };

/** Long enough not to search on every keystroke of a word, short enough to feel instant. */
const DEBOUNCE_MS = 200;

/** Search as you type: the list follows the text after a short pause; Escape clears it. */
export function SearchBox({ value, onSearch }: Props) {
  const { t } = useTranslation('search');
  const [text, setText] = useState(value);
  const search = useDebouncedCallback(onSearch, DEBOUNCE_MS);
  const change = (next: string) => {
    setText(next);
    search(next);
  };
  return (
    <div className="search-box" role="search">
      <svg className="search-box__icon" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M16.5 16.5 21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        type="search"
        className="search-box__input"
        aria-label={t('box.label')}
        placeholder={t('box.placeholder')}
        title={t('box.hint')}
        value={text}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text) {
            event.preventDefault();
            change('');
            onSearch('');
          }
        }}
      />
    </div>
  );
}
