import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { DOCUMENT_SLICE } from '../../document-loader';
import { changedRanges, normalizeRange } from './nfc-normalize';
import { createTypingGuards } from './typing-guards';

const nfcKey = new PluginKey('nfcInput');

/**
 * Vietnamese typing that never drops or doubles a letter, with Unikey/EVKey (Backspace + the
 * composed letter) and with the Windows Telex IME (composition events): Backspace guards, and
 * every typed run kept in NFC. Runs before the core keymap (priority) so its Backspace is first.
 */
export const VietnameseInput = Extension.create({
  name: 'vietnameseInput',
  priority: 1000,

  addStorage() {
    return { guards: createTypingGuards() };
  },

  addKeyboardShortcuts() {
    const backspace = () => {
      const { guards } = this.storage as { guards: ReturnType<typeof createTypingGuards> };
      if (guards.deleteLetterBeforeCommandSelection(this.editor.view)) return true;
      guards.forgetStaleInputRule(this.editor.view);
      return false;
    };
    return { Backspace: backspace };
  },

  addProseMirrorPlugins() {
    const { guards } = this.storage as { guards: ReturnType<typeof createTypingGuards> };
    const nfc = new Plugin({
      key: nfcKey,
      appendTransaction(transactions, _old, state) {
        // Never rewrite the text under an open composition: the IME owns it until it commits.
        if (transactions.some((tr) => tr.getMeta('composition'))) return null;
        // A report being drawn in slices is the saved text, as the first screenful was: not input.
        if (transactions.every((tr) => tr.getMeta(DOCUMENT_SLICE))) return null;
        const ranges = changedRanges(transactions);
        if (ranges.length === 0) return null;
        const from = Math.min(...ranges.map(([start]) => start));
        const to = Math.max(...ranges.map(([, end]) => end));
        const $from = state.doc.resolve(from);
        const $to = state.doc.resolve(to);
        return normalizeRange(state, $from.start(), $to.end());
      },
      props: {
        handleDOMEvents: {
          // What a composition committed without a later transaction is normalized once it ends.
          compositionend(view) {
            setTimeout(() => {
              if (view.isDestroyed || view.composing) return;
              const { $from } = view.state.selection;
              const tr = normalizeRange(view.state, $from.start(), $from.end());
              if (tr) view.dispatch(tr);
            });
            return false;
          },
        },
      },
    });
    return [guards.plugin, nfc];
  },
});
