import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { cancelIdle, requestIdle } from './idle';
import { ALL_TOOLS } from './toolbar-items';

export type ToolState = { active: boolean; enabled: boolean; value: string };
export type ToolbarState = Record<string, ToolState>;

/**
 * Every tool's state from the current selection (useToolbarState), so the toolbar re-renders
 * only when one of these values changes.
 */
export function selectToolbarState({ editor }: { editor: Editor | null }): ToolbarState {
  const state: ToolbarState = {};
  for (const tool of ALL_TOOLS) {
    if (!editor) {
      state[tool.id] = { active: false, enabled: false, value: '' };
    } else if (tool.kind === 'select') {
      state[tool.id] = { active: false, enabled: editor.isEditable, value: tool.value(editor) };
    } else {
      state[tool.id] = {
        active: tool.isActive?.(editor) ?? false,
        enabled: editor.isEditable && (tool.isEnabled?.(editor) ?? true),
        value: '',
      };
    }
  }
  return state;
}

/** The toolbar catches up within this long even while keys keep coming. */
const TOOLBAR_WAIT_MS = 100;

/**
 * The toolbar's state, recomputed in idle time after the frame that shows a change, once for a
 * burst of transactions. Computing it asks every tool whether it can run (~1 ms); done in the
 * transaction, as useEditorState does, that was a fifth of a keystroke's script.
 */
export function useToolbarState(editor: Editor): ToolbarState {
  const [state, setState] = useState(() => selectToolbarState({ editor }));
  useEffect(() => {
    let handle = 0;
    const update = () => {
      handle = 0;
      if (editor.isDestroyed) return;
      const next = selectToolbarState({ editor });
      setState((now) => (sameToolbarState(now, next) ? now : next));
    };
    const schedule = () => {
      if (!handle) handle = requestIdle(update, TOOLBAR_WAIT_MS);
    };
    editor.on('transaction', schedule);
    update();
    return () => {
      editor.off('transaction', schedule);
      cancelIdle(handle);
    };
  }, [editor]);
  return state;
}

function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return Object.keys(b).every((id) => {
    const x = a[id];
    const y = b[id]!;
    return x?.active === y.active && x.enabled === y.enabled && x.value === y.value;
  });
}
