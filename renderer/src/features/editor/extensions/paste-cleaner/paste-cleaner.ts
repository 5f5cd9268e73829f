import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { CleanedPaste } from '../../../../../../shared/report/paste';

export type PasteCleanerOptions = {
  /** The shared cleaner (shared/report/paste) bound to the page's window and DOMPurify. */
  clean(html: string): CleanedPaste;
  /** Told when a paste was refused (nothing inserted) or flattened to plain paragraphs. */
  onNotice(mode: 'refused' | 'flattened'): void;
};

export const PASTE_CLEANER_KEY = new PluginKey('pasteCleaner');

/**
 * Every HTML paste and drop goes through the shared cleaner before ProseMirror parses it
 * (transformPastedHTML is the first hook, so a bomb is refused before the editor walks it).
 * A refused paste inserts nothing and says so. Text arrives as NFC either way.
 */
export const PasteCleaner = Extension.create<PasteCleanerOptions>({
  name: 'pasteCleaner',

  addOptions() {
    return { clean: (html) => ({ html, mode: 'structured' }), onNotice: () => undefined };
  },

  addProseMirrorPlugins() {
    const { options } = this;
    let last: CleanedPaste['mode'] = 'structured';
    return [
      new Plugin({
        key: PASTE_CLEANER_KEY,
        props: {
          transformPastedHTML(html) {
            const cleaned = options.clean(html);
            last = cleaned.mode;
            return cleaned.html.normalize('NFC');
          },
          transformPastedText(text) {
            last = 'structured';
            return text.normalize('NFC');
          },
          handlePaste() {
            const mode = last;
            last = 'structured';
            if (mode === 'structured') return false;
            options.onNotice(mode);
            // A refused paste is swallowed whole; a flattened one goes on as paragraphs.
            return mode === 'refused';
          },
          handleDrop() {
            const mode = last;
            last = 'structured';
            if (mode === 'structured') return false;
            options.onNotice(mode);
            return mode === 'refused';
          },
        },
      }),
    ];
  },
});
