import { Extension, type Editor } from '@tiptap/core';
import { PluginKey, type Transaction } from '@tiptap/pm/state';

/** Dialogs and bars the editor's UI opens on a shortcut; the extension only asks, React shows. */
export const EDITOR_REQUESTS = ['link', 'find', 'replace', 'image', 'table'] as const;
export type EditorRequest = (typeof EDITOR_REQUESTS)[number];

export const EDITOR_REQUEST_KEY = new PluginKey('editorRequests');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    editorRequests: {
      /** Asks the editor's UI to open a dialog (the link dialog, the find bar…). */
      requestUi: (request: EditorRequest) => ReturnType;
    };
  }
}

/** The request a transaction carries, if any (read in the component's 'transaction' listener). */
export function editorRequestOf(transaction: Transaction): EditorRequest | null {
  return (transaction.getMeta(EDITOR_REQUEST_KEY) as EditorRequest | undefined) ?? null;
}

export function onEditorRequest(editor: Editor, listener: (request: EditorRequest) => void) {
  const handler = ({ transaction }: { transaction: Transaction }) => {
    const request = editorRequestOf(transaction);
    if (request) listener(request);
  };
  editor.on('transaction', handler);
  return () => void editor.off('transaction', handler);
}

/**
 * Ctrl+K (link), Ctrl+F (find), Ctrl+H (replace): a request carried by an empty transaction,
 * so the extension list stays a module constant and no callback is wired per editor.
 */
export const EditorRequests = Extension.create<{ shortcuts: Record<string, EditorRequest> }>({
  name: 'editorRequests',

  addOptions() {
    return { shortcuts: { 'Mod-k': 'link', 'Mod-f': 'find', 'Mod-h': 'replace' } };
  },

  addCommands() {
    return {
      requestUi:
        (request) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(EDITOR_REQUEST_KEY, request).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return Object.fromEntries(
      Object.entries(this.options.shortcuts).map(([key, request]) => [
        key,
        () => this.editor.commands.requestUi(request),
      ]),
    );
  },
});
