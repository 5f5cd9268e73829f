import type { Editor } from '@tiptap/core';
import i18next from 'i18next';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';

/** Electron reads the system clipboard in main; a browser (the loopback host) asks the user itself. */
async function readClipboardText(): Promise<string> {
  const { text } = await api.clipboard.readText();
  return text ?? (await navigator.clipboard.readText());
}

/**
 * The toolbar's "Dán dạng văn bản thuần": reads the clipboard's text and inserts it as
 * paragraphs, leaving behind whatever formatting it was copied with. Ctrl+Shift+V does the same
 * through ProseMirror's own plain-text paste.
 */
export async function pastePlainText(editor: Editor): Promise<void> {
  let text: string;
  try {
    text = await readClipboardText();
  } catch {
    showToast({ message: i18next.t('editor:paste.plainFailed'), tone: 'error' });
    return;
  }
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n/);
  const content = paragraphs.map((line) =>
    line
      ? { type: 'paragraph', content: [{ type: 'text', text: line.normalize('NFC') }] }
      : { type: 'paragraph' },
  );
  const single = paragraphs.length === 1 ? paragraphs[0]!.normalize('NFC') : null;
  if (single === '') return;
  if (single !== null) editor.chain().focus().insertContent({ type: 'text', text: single }).run();
  else editor.chain().focus().insertContent(content).run();
}
