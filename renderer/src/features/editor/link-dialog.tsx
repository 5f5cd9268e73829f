import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog, closeDialogOf } from '../../app/modal-dialog';
import { SAFE_LINK } from '../../../../shared/report/schema';

type Props = { editor: Editor; onOpen(url: string): void; onClose(): void };

/** Ctrl+K: add, change or remove the link at the selection; "Mở liên kết" goes through the confirm. */
export function LinkDialog({ editor, onOpen, onClose }: Props) {
  const { t } = useTranslation('editor');
  const existing = String(editor.getAttributes('link').href ?? '');
  const [url, setUrl] = useState(existing);
  const [text, setText] = useState(() => {
    const { from, to } = editor.state.selection;
    return editor.state.doc.textBetween(from, to, ' ');
  });
  const [invalid, setInvalid] = useState(false);
  const hadSelection = !editor.state.selection.empty;

  const save = (form: HTMLFormElement) => {
    const href = normalise(url);
    if (!SAFE_LINK.test(href)) {
      setInvalid(true);
      return;
    }
    closeDialogOf(form);
    const chain = editor.chain().focus().extendMarkRange('link');
    if (!hadSelection && !existing) {
      const label = text.trim() || href;
      chain
        .insertContent({ type: 'text', text: label, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else chain.setLink({ href }).run();
    editor.view.focus();
    onClose();
  };

  return (
    <ModalDialog title={t('link.title')} onClose={onClose}>
      <form
        className="link-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          save(event.currentTarget);
        }}
      >
        <label>
          {t('link.url')}
          <input
            autoFocus
            type="text"
            name="url"
            value={url}
            aria-invalid={invalid}
            onChange={(event) => {
              setUrl(event.target.value);
              setInvalid(false);
            }}
          />
        </label>
        {!hadSelection && !existing && (
          <label>
            {t('link.text')}
            <input
              type="text"
              name="text"
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          </label>
        )}
        {invalid && (
          <p className="form-error" role="alert">
            {t('link.invalid')}
          </p>
        )}
        <div className="modal__actions">
          {existing && (
            <>
              <button type="button" onClick={() => onOpen(existing)}>
                {t('link.open')}
              </button>
              <button
                type="button"
                onClick={() => {
                  editor.chain().focus().extendMarkRange('link').unsetLink().run();
                  onClose();
                }}
              >
                {t('link.remove')}
              </button>
            </>
          )}
          <button type="submit" className="button--primary">
            {t('link.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** "www.example.vn" is what people type; it means https. */
function normalise(url: string): string {
  const trimmed = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  return trimmed.includes('@') && !trimmed.includes('/')
    ? `mailto:${trimmed}`
    : `https://${trimmed}`;
}
