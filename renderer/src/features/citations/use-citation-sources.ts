import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { NODE } from '../../../../shared/report/document';
import { api } from '../../platform/api';
import { whenLoaded } from '../editor/document-loader';

/** Waits for a pause in typing before looking for new citations. */
const CHECK_DELAY_MS = 800;

function citedIds(editor: Editor): string[] {
  const ids = new Set<string>();
  editor.state.doc.descendants((node) => {
    if (node.type.name === NODE.citation && node.attrs.articleId)
      ids.add(String(node.attrs.articleId));
  });
  return [...ids];
}

/**
 * Marks the citations whose article is gone from the archive. One call for all of them (a
 * compiled report cites a thousand articles), when the report opens and after edits that add
 * citations not yet checked.
 */
export function useCitationSources(editor: Editor | null): void {
  useEffect(() => {
    if (!editor) return;
    let timer: number | undefined;
    let cancelled = false;
    const checked = new Set<string>();
    const missing = new Set<string>();
    const check = async () => {
      const ids = citedIds(editor);
      const fresh = ids.filter((id) => !checked.has(id));
      if (fresh.length === 0) return;
      fresh.forEach((id) => checked.add(id));
      try {
        const answer = await api.reports.missingSources({ articleIds: fresh });
        answer.missing.forEach((id) => missing.add(id));
      } catch {
        // Unknown is not gone: the citations stay unmarked; the next edit asks again.
        fresh.forEach((id) => checked.delete(id));
        return;
      }
      if (cancelled || editor.isDestroyed || missing.size === 0) return;
      editor.commands.setMissingCitations([...missing]);
    };
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void check(), CHECK_DELAY_MS);
    };
    // Once the whole report is in: a long one is drawn in slices after it opens.
    void whenLoaded(editor).then(() => {
      if (!cancelled) void check();
    });
    editor.on('update', later);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      editor.off('update', later);
    };
  }, [editor]);
}
