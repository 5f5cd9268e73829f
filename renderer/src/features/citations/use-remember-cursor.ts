import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { useQuoteStore } from './quote-store';

/** Keeps the report's cursor position, so a quote from the reader goes where the user left off. */
export function useRememberCursor(editor: Editor | null, reportId: string | undefined): void {
  useEffect(() => {
    if (!editor || !reportId) return;
    const remember = () =>
      useQuoteStore.getState().rememberCursor(reportId, editor.state.selection.from);
    editor.on('selectionUpdate', remember);
    return () => {
      editor.off('selectionUpdate', remember);
    };
  }, [editor, reportId]);
}
