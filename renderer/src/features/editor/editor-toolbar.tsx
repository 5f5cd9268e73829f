import type { Editor } from '@tiptap/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { TOOL_GROUPS, type ButtonTool, type SelectTool, type ToolContext } from './toolbar-items';
import { hasIcon, ToolIcon } from './toolbar-icons';
import { useToolbarState, type ToolState } from './toolbar-state';

type Props = { editor: Editor; context: ToolContext };

/** Renders TOOL_GROUPS; the state of every button comes from one selector over the editor. */
export const EditorToolbar = memo(function EditorToolbar({ editor, context }: Props) {
  const { t } = useTranslation('editor');
  const state = useToolbarState(editor);
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('toolbar')}>
      {TOOL_GROUPS.map((group) => (
        <div
          key={group.id}
          className="editor-toolbar__group"
          role="group"
          aria-label={t(group.label)}
        >
          {group.tools.map((tool) =>
            tool.kind === 'button' ? (
              <ToolButton key={tool.id} tool={tool} state={state[tool.id]!} context={context} />
            ) : (
              <ToolSelect key={tool.id} tool={tool} state={state[tool.id]!} editor={editor} />
            ),
          )}
        </div>
      ))}
    </div>
  );
});

const ToolButton = memo(function ToolButton({
  tool,
  state,
  context,
}: {
  tool: ButtonTool;
  state: ToolState;
  context: ToolContext;
}) {
  const { t } = useTranslation('editor');
  const label = t(tool.label);
  const title = tool.shortcut ? t('tooltip', { label, shortcut: tool.shortcut }) : label;
  // A button showing letters ("x₂", "−R") is also named by them, so voice control can say what
  // it sees, first (WCAG 2.5.3): "x₂ Chỉ số dưới"; icon buttons are named by their label alone.
  const name = hasIcon(tool.id) ? label : `${tool.glyph} ${label}`;
  return (
    <button
      type="button"
      className="editor-toolbar__button"
      data-tool={tool.id}
      aria-label={name}
      title={title}
      aria-pressed={tool.isActive ? state.active : undefined}
      disabled={!state.enabled}
      // Keep the selection in the editor: a mouse-down on a button would otherwise blur it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => tool.run(context)}
    >
      {hasIcon(tool.id) ? <ToolIcon id={tool.id} /> : tool.glyph}
    </button>
  );
}, sameState);

const ToolSelect = memo(function ToolSelect({
  tool,
  state,
  editor,
}: {
  tool: SelectTool;
  state: ToolState;
  editor: Editor;
}) {
  const { t } = useTranslation('editor');
  return (
    <select
      className="editor-toolbar__select"
      data-tool={tool.id}
      aria-label={t(tool.label)}
      title={t(tool.label)}
      value={state.value}
      disabled={!state.enabled}
      onChange={(event) => tool.apply(editor, event.target.value)}
    >
      {/* A value pasted or opened from elsewhere (15pt, a colour) is shown as it is. */}
      {state.value && !tool.options.some((option) => option.value === state.value) && (
        <option value={state.value}>{state.value}</option>
      )}
      {tool.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label.includes('.') ? t(option.label) : option.label}
        </option>
      ))}
    </select>
  );
}, sameState);

/** Tools re-render only when their own state changes, not when another tool's does. */
function sameState<P extends { state: ToolState }>(before: P, after: P): boolean {
  return (
    Object.keys(after).every(
      (key) => key === 'state' || before[key as keyof P] === after[key as keyof P],
    ) &&
    before.state.active === after.state.active &&
    before.state.enabled === after.state.enabled &&
    before.state.value === after.state.value
  );
}
