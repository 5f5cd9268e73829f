import type { Editor } from '@tiptap/core';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { onSpellMenu, type SpellMenuRequest } from '../extensions/spell-check';
import { addPersonalWord } from './use-spell-check-settings';
import './spell-check.css';

type Open = { request: SpellMenuRequest; suggestions: string[] | null };

/** The right-click menu on an underlined syllable: suggestions, then "Thêm vào từ điển". */
export function SpellMenu({ editor }: { editor: Editor | null }) {
  const { t } = useTranslation('spellcheck');
  const [open, setOpen] = useState<Open | null>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!editor) return;
    return onSpellMenu(editor, (request) => {
      setOpen({ request, suggestions: null });
      void request.suggestions.then((suggestions) =>
        setOpen((now) => (now?.request === request ? { request, suggestions } : now)),
      );
    });
  }, [editor]);

  // Near the right or bottom edge the menu opens to the left or above the click, as menus do.
  useLayoutEffect(() => {
    const element = menu.current;
    if (!open || !element) return;
    const { width, height } = element.getBoundingClientRect();
    const { x, y } = open.request;
    element.style.left = `${x + width > window.innerWidth ? Math.max(0, x - width) : x}px`;
    element.style.top = `${y + height > window.innerHeight ? Math.max(0, y - height) : y}px`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOutside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(null);
    };
    const close = () => setOpen(null);
    document.addEventListener('mousedown', closeOutside);
    window.addEventListener('blur', close);
    window.addEventListener('resize', close);
    return () => {
      document.removeEventListener('mousedown', closeOutside);
      window.removeEventListener('blur', close);
      window.removeEventListener('resize', close);
    };
  }, [open]);

  if (!open || !editor) return null;
  const { request, suggestions } = open;

  const finish = () => {
    setOpen(null);
    editor.commands.focus();
  };
  const replace = (text: string) => {
    editor.chain().focus().replaceMisspelling(request, text).run();
    setOpen(null);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') finish();
    else if (event.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={menu}
      className="spell-menu"
      role="menu"
      aria-label={t('menu', { word: request.word })}
      style={{ left: request.x, top: request.y }}
      onKeyDown={onKeyDown}
    >
      {suggestions === null && <div className="spell-menu__note">{t('loading')}</div>}
      {suggestions?.length === 0 && <div className="spell-menu__note">{t('none')}</div>}
      {suggestions?.map((suggestion) => (
        <button
          key={suggestion}
          type="button"
          role="menuitem"
          className="spell-menu__suggestion"
          onClick={() => replace(suggestion)}
        >
          {suggestion}
        </button>
      ))}
      <div className="spell-menu__separator" role="separator" />
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          void addPersonalWord(request.word);
          finish();
        }}
      >
        {t('addToDictionary')}
      </button>
    </div>
  );
}
