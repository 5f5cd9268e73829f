import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * What the Backspace guards need to know about the keys and selections before a Backspace.
 * Unikey and EVKey fix a letter by sending Backspace then the new letter, fast; a Backspace
 * must then delete exactly one letter, whatever state the editor was left in.
 */
type GuardState = {
  /** The key count at which an input rule last fired (null: none since). */
  ruleFiredAtKey: number | null;
  /** The current non-empty selection was made by the user (mouse, Shift+keys, Ctrl+A), not by a command. */
  userSelection: boolean;
};

export const typingGuardsKey = new PluginKey<GuardState>('typingGuards');

/** Keys that select by themselves: with Shift, or Ctrl+A. */
function selectsByKey(event: KeyboardEvent): boolean {
  return event.shiftKey || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a');
}

/** tiptap's input-rules plugins (one per extension with rules): the last rule fired is in one's state. */
function inputRulesPlugins(state: EditorState): Plugin[] {
  return state.plugins.filter((plugin) => (plugin.spec as { isInputRules?: boolean }).isInputRules);
}

export function createTypingGuards() {
  let keyCount = 0;
  let selectingByUser = false;

  const plugin = new Plugin<GuardState>({
    key: typingGuardsKey,
    state: {
      init: () => ({ ruleFiredAtKey: null, userSelection: false }),
      apply(tr, previous, old, state) {
        const ruleFired = inputRulesPlugins(state).some((rules) => tr.getMeta(rules));
        const ruleFiredAtKey = ruleFired
          ? keyCount
          : tr.docChanged
            ? null
            : previous.ruleFiredAtKey;
        let userSelection = previous.userSelection;
        if (state.selection.empty) userSelection = false;
        // A selection read back unchanged from the DOM (each keydown flushes) keeps its author.
        else if (tr.selectionSet && !(tr.docChanged === false && old.selection.eq(state.selection)))
          userSelection = Boolean(tr.getMeta('pointer')) || selectingByUser;
        return { ruleFiredAtKey, userSelection };
      },
    },
    props: {
      handleDOMEvents: {
        keydown(view, event) {
          // A selection the previous keys made may not have been read yet (its selectionchange
          // event is still queued): read it now, while it is still credited to those keys.
          // (Never during a composition: reading the DOM then would break the IME's text.)
          if (!view.composing && event.keyCode !== 229)
            (view as unknown as { domObserver: { flush(): void } }).domObserver.flush();
          keyCount++;
          selectingByUser = selectsByKey(event);
          return false;
        },
        mousedown() {
          selectingByUser = true;
          return false;
        },
        compositionstart() {
          keyCount++;
          return false;
        },
      },
    },
  });

  return {
    plugin,
    /**
     * tiptap's Backspace first undoes the input rule that fired last ("- " back from a list),
     * for as long as no transaction changed the document or set the selection. A Bold toggle
     * (stored marks), a spell-check or autosave update, or a toolbar command do neither, so a
     * Backspace several keys later would still rewind the rule instead of deleting one letter.
     * Word undoes an AutoFormat only with the very next key; so does this: any later Backspace
     * first forgets the rule, then runs as an ordinary Backspace.
     */
    forgetStaleInputRule(view: EditorView): void {
      const { ruleFiredAtKey } = typingGuardsKey.getState(view.state)!;
      if (!inputRulesPlugins(view.state).some((rules) => rules.getState(view.state))) return;
      if (ruleFiredAtKey !== null && keyCount === ruleFiredAtKey + 1) return;
      // Setting the selection (to itself) is what clears the input-rules plugin's memory.
      view.dispatch(
        view.state.tr.setSelection(view.state.selection).setMeta('addToHistory', false),
      );
    },
    /**
     * A non-empty selection that a command left behind (a toolbar action that selected what it
     * inserted or changed) is not one the user made, and Unikey never saw it: its Backspace
     * means "the letter before the cursor", so it deletes that one letter, not the selection.
     */
    deleteLetterBeforeCommandSelection(view: EditorView): boolean {
      const { selection } = view.state;
      if (!(selection instanceof TextSelection) || selection.empty) return false;
      if (typingGuardsKey.getState(view.state)!.userSelection) return false;
      const $head = view.state.doc.resolve(selection.to);
      const before = $head.nodeBefore;
      const tr = view.state.tr.setSelection(TextSelection.create(view.state.doc, selection.to));
      if (before?.isText && before.text) {
        const last = [...before.text].pop()!;
        tr.delete(selection.to - last.length, selection.to);
      }
      view.dispatch(tr.scrollIntoView());
      return true;
    },
  };
}
