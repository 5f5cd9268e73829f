import type { Editor } from '@tiptap/core';
import { ALL_TOOLS } from './toolbar-items';

export type ToolState = { active: boolean; enabled: boolean; value: string };
export type ToolbarState = Record<string, ToolState>;

/**
 * The one selector passed to useEditorState: every tool's state from the current selection, so
 * the toolbar re-renders only when one of these values changes.
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
