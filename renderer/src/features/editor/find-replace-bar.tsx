import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toast-store';
import { findState } from './extensions/find-replace';

type Props = { editor: Editor; withReplace: boolean; onClose(): void };

/** Ctrl+F / Ctrl+H over the FindReplace extension: the extension finds, this bar only asks. */
export function FindReplaceBar({ editor, withReplace, onClose }: Props) {
  const { t } = useTranslation('editor');
  const input = useRef<HTMLInputElement>(null);
  const [replacement, setReplacement] = useState('');
  const found = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const state = findState(e.state);
      return {
        query: state.query,
        matchMarks: state.matchMarks,
        total: state.matches.length,
        current: state.current,
      };
    },
  });

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [withReplace]);
  useEffect(
    () => () => {
      if (!editor.isDestroyed) editor.commands.clearFind();
    },
    [editor],
  );

  // ProseMirror scrolls to a selection only while it has the focus, and here the bar has it:
  // the match found is brought on screen by hand (its block is drawn: it holds the selection).
  const step = (direction: 1 | -1) => {
    if (!editor.commands.findStep(direction)) return;
    editor.view.dom.querySelector('.find-match--current')?.scrollIntoView({ block: 'center' });
  };

  // The view takes the focus back at once (the focus command waits a frame), so a key pressed
  // right after Escape lands in the text, on the match the find left selected.
  const close = () => {
    editor.view.focus();
    onClose();
  };

  return (
    <div
      className="find-bar editor-find"
      role="search"
      aria-label={t('find.label')}
      onKeyDown={(event) => {
        // Escape anywhere in the bar (a field, a button) closes it and goes back to the text.
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <input
        ref={input}
        type="search"
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        value={found.query}
        onChange={(event) => editor.commands.setFindQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          }
        }}
      />
      <label className="editor-find__option">
        <input
          type="checkbox"
          checked={found.matchMarks}
          onChange={(event) =>
            editor.commands.setFindQuery(found.query, { matchMarks: event.target.checked })
          }
        />
        {t('find.matchMarks')}
      </label>
      <span className="find-bar__count" aria-live="polite" data-testid="find-count">
        {found.total > 0
          ? t('find.count', { current: found.current + 1, total: found.total })
          : found.query
            ? t('find.none')
            : ''}
      </span>
      <button
        type="button"
        aria-label={t('find.previous')}
        title={t('find.previous')}
        disabled={found.total === 0}
        onClick={() => step(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={t('find.next')}
        title={t('find.next')}
        disabled={found.total === 0}
        onClick={() => step(1)}
      >
        ↓
      </button>
      {withReplace && (
        <>
          <input
            type="text"
            aria-label={t('find.replaceLabel')}
            placeholder={t('find.replacePlaceholder')}
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                editor.commands.replaceCurrent(replacement);
              }
            }}
          />
          <button
            type="button"
            disabled={found.total === 0}
            onClick={() => editor.commands.replaceCurrent(replacement)}
          >
            {t('find.replaceOne')}
          </button>
          <button
            type="button"
            disabled={found.total === 0}
            onClick={() => {
              const count = found.total;
              if (editor.commands.replaceAll(replacement))
                showToast({ message: t('find.replaced', { count }) });
            }}
          >
            {t('find.replaceAll')}
          </button>
        </>
      )}
      <button type="button" aria-label={t('find.close')} title={t('find.close')} onClick={close}>
        ✕
      </button>
    </div>
  );
}
