import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { NODE } from '../../../../shared/report/document';
import { api } from '../../platform/api';
import { ApiError } from '../../platform/api-error';

/** Waits for a pause in typing before looking for new citations. */
const CHECK_DELAY_MS = 800;

function citedIds(editor: Editor): Set<string> {
  const ids = new Set<string>();
  editor.state.doc.descendants((node) => {
    if (node.type.name === NODE.citation && node.attrs.articleId)
      ids.add(String(node.attrs.articleId));
    return node.isBlock || node.type.name === NODE.doc;
  });
  return ids;
}

async function exists(id: string): Promise<boolean> {
  try {
    await api.articles.get({ id });
    return true;
  } catch (error) {
    // Only "not found" means deleted; any other failure leaves the citation unmarked.
    return !(error instanceof ApiError && error.code === 'not-found');
  }
}

/** Marks the citations whose article is gone from the archive (api.articles.get → not-found). */
export function useCitationSources(editor: Editor | null): void {
  useEffect(() => {
    if (!editor) return;
    let timer: number | undefined;
    let cancelled = false;
    // Article id → still in the archive, checked once per id while this report is open.
    const known = new Map<string, boolean>();
    const check = async () => {
      const ids = citedIds(editor);
      const unknown = [...ids].filter((id) => !known.has(id));
      const answers = await Promise.all(unknown.map(exists));
      unknown.forEach((id, i) => known.set(id, answers[i]!));
      if (cancelled || editor.isDestroyed) return;
      editor.commands.setMissingCitations([...ids].filter((id) => known.get(id) === false));
    };
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void check(), CHECK_DELAY_MS);
    };
    void check();
    editor.on('update', later);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      editor.off('update', later);
    };
  }, [editor]);
}
