import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import { countWords, docText, type DocNode } from '../../../../shared/report/document';
import { docJson } from './doc-json';
import { docStats, type DocStats } from './doc-stats';
import { finishLoading } from './document-loader';
import { createValueSource, type ValueSource } from '../../app/value-source';
import { cancelIdle, requestIdle } from './idle';

/**
 * Serializing a 50-page report to JSON costs milliseconds; doing it on every keystroke would
 * eat the frame the keystroke needs. So changes are emitted at most once per interval (the
 * trailing edge), and at once when the editor loses focus, the page hides or it unmounts —
 * autosave downstream never misses the last change.
 */
export const EMIT_INTERVAL_MS = 150;

export type { DocStats };

export function statsOf(doc: DocNode): DocStats {
  const text = docText(doc);
  return { words: countWords(text), characters: text.replace(/\n/g, '').length };
}

/**
 * The counts the status bar shows (null until the opened report has been counted, in idle time
 * after the first paint): the status bar alone follows them, not the editor and its toolbar.
 */
export type StatsSource = ValueSource<DocStats | null>;

export const createStatsSource = (initial: DocStats | null) =>
  createValueSource<DocStats | null>(initial);

export function useChangeEmitter(
  editor: Editor | null,
  onChange: (doc: DocNode, words: number) => void,
  initial: DocNode,
): StatsSource {
  const [stats] = useState(() => createStatsSource(null));
  // Counting a 50-page report takes milliseconds the first paint does not need to wait for.
  useEffect(() => {
    const handle = requestIdle(() => {
      if (stats.get() === null) stats.set(statsOf(initial));
    }, 200);
    return () => cancelIdle(handle);
  }, [stats, initial]);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!editor) return;
    let timer: number | null = null;
    let idle = 0;
    let dirty = false;
    const emit = () => {
      if (timer !== null) window.clearTimeout(timer);
      cancelIdle(idle);
      timer = null;
      idle = 0;
      if (!dirty || editor.isDestroyed) return;
      dirty = false;
      // Never a report cut short: blocks still waiting to be drawn go in first.
      finishLoading(editor);
      const doc = docJson(editor.state.doc);
      // Recounts only the blocks changed since the last count (a 50-page report: ~5 ms → ~0).
      const next = docStats(editor.state.doc);
      stats.set(next);
      latest.current(doc, next.words);
    };
    // The serialization runs in idle time after the interval: a timer task could land between a
    // keystroke and its frame (the periodic tail of the keystroke latencies).
    const onUpdate = () => {
      dirty = true;
      timer ??= window.setTimeout(() => {
        if (!idle) idle = requestIdle(emit, EMIT_INTERVAL_MS);
      }, EMIT_INTERVAL_MS);
    };
    editor.on('update', onUpdate);
    editor.on('blur', emit);
    window.addEventListener('pagehide', emit);
    window.addEventListener('beforeunload', emit);
    return () => {
      emit();
      editor.off('update', onUpdate);
      editor.off('blur', emit);
      window.removeEventListener('pagehide', emit);
      window.removeEventListener('beforeunload', emit);
    };
  }, [editor, stats]);

  return stats;
}
