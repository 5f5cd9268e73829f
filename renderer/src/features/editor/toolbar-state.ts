import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { Mark } from '@tiptap/pm/model';
import { TextSelection, type EditorState } from '@tiptap/pm/state';
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

/** What a tool's state reads at a caret, compared by identity (attributes are immutable). */
type CaretContext = { parts: unknown[]; marks: readonly Mark[] };

/**
 * Everything a tool's state reads when the cursor is a caret: the blocks around it (type,
 * attributes, place among their siblings), the marks the next letter gets, the history and
 * whether the editor is editable. null for a range (marks and blocks across it count).
 */
function caretContext(state: EditorState, editable: boolean): CaretContext | null {
  const { selection } = state;
  if (!(selection instanceof TextSelection) || !selection.empty) return null;
  const { $from } = selection;
  const parts: unknown[] = [editable, undoDepth(state) > 0, redoDepth(state) > 0];
  for (let depth = 0; depth <= $from.depth; depth++) {
    const node = $from.node(depth);
    // An edit inside a block keeps its attributes object; a new object only costs a recompute.
    parts.push(node.type, node.attrs, depth < $from.depth ? $from.index(depth) : -1);
  }
  return { parts, marks: state.storedMarks ?? $from.marks() };
}

const sameContext = (a: CaretContext | null, b: CaretContext | null): boolean =>
  a !== null &&
  b !== null &&
  a.parts.length === b.parts.length &&
  a.parts.every((part, i) => part === b.parts[i]) &&
  Mark.sameSet(a.marks, b.marks);

/**
 * selectToolbarState, skipped while the caret's context stays the same: typing along a
 * paragraph changes none of it, and asking every tool cost ~0.25 ms of each keystroke.
 */
export function toolbarStateCache(): (editor: Editor) => ToolbarState {
  let last: { context: CaretContext; state: ToolbarState } | null = null;
  return (editor) => {
    const context = caretContext(editor.state, editor.isEditable);
    if (last && sameContext(context, last.context)) return last.state;
    const state = selectToolbarState({ editor });
    last = context === null ? null : { context, state };
    return state;
  };
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
    const select = toolbarStateCache();
    const update = () => {
      handle = 0;
      if (editor.isDestroyed) return;
      const next = select(editor);
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
