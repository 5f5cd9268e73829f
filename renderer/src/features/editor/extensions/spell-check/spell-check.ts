import { Extension, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import {
  DEFAULT_TONE_PLACEMENT,
  tonePlacementOf,
  type TonePlacement,
} from '../../../../../../shared/text/tone-placement';
import { createSpellCheckPlugin, spellCheckKey, SPELL_ERROR_CLASS } from './spell-check-plugin';
import { createWorkerSpellService, type SpellService } from './spell-service';

/** A right click on an underlined syllable: where it is and what to offer. */
export type SpellMenuRequest = {
  word: string;
  from: number;
  to: number;
  x: number;
  y: number;
  suggestions: Promise<string[]>;
};

type SpellCheckOptions = {
  /** Builds the checker on first use (a Web Worker in the app; in-process in tests). */
  createService: () => SpellService;
  /** Pause in typing before the changed paragraphs are checked. */
  debounceMs: number;
};

type SpellCheckStorage = {
  menuListeners: Set<(request: SpellMenuRequest) => void>;
  control: ReturnType<typeof createSpellCheckPlugin> | null;
};

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    spellCheck: {
      /** Turns checking on or off and sets the personal word list (settings.editor). */
      setSpellCheck: (settings: {
        enabled: boolean;
        personalWords: readonly string[];
      }) => ReturnType;
      /** Replaces a misspelled syllable by a suggestion, keeping its marks; refused if the syllable changed meanwhile. */
      replaceMisspelling: (
        misspelling: { from: number; to: number; word: string },
        text: string,
      ) => ReturnType;
    };
  }
  interface Storage {
    spellCheck: SpellCheckStorage;
  }
}

/** Listens for right clicks on underlined syllables; returns the unsubscribe function. */
export function onSpellMenu(editor: Editor, listener: (request: SpellMenuRequest) => void) {
  const listeners = editor.storage.spellCheck.menuListeners;
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** True while misspelled syllables are being underlined. */
export function spellCheckEnabled(editor: Editor): boolean {
  return spellCheckKey.getState(editor.state)?.enabled ?? false;
}

/**
 * Offline Vietnamese spell-check: underlines while typing, suggestions and "Thêm vào từ điển" on
 * right click (shown by React through onSpellMenu). Off until setSpellCheck turns it on, so the
 * schema-only tests and main never start a worker.
 */
export const SpellCheck = Extension.create<SpellCheckOptions, SpellCheckStorage>({
  name: 'spellCheck',

  addOptions() {
    return { createService: createWorkerSpellService, debounceMs: 300 };
  },

  addStorage() {
    return { menuListeners: new Set(), control: null };
  },

  addCommands() {
    return {
      setSpellCheck:
        ({ enabled, personalWords }) =>
        ({ tr, dispatch }) => {
          const control = this.storage.control;
          if (!control) return false;
          if (dispatch) {
            if (enabled) control.service().setPersonalWords(personalWords);
            control.clearCache();
            tr.setMeta(spellCheckKey, { enabled, recheckAll: enabled });
            tr.setMeta('addToHistory', false);
          }
          return true;
        },
      replaceMisspelling:
        ({ from, to, word }, text) =>
        ({ tr, dispatch }) => {
          if (to > tr.doc.content.size || tr.doc.textBetween(from, to) !== word) return false;
          if (dispatch) tr.insertText(text, from, to);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const control = createSpellCheckPlugin({
      service: this.options.createService,
      debounceMs: this.options.debounceMs,
    });
    this.storage.control = control;
    const storage = this.storage;
    const menu = new Plugin({
      props: {
        handleDOMEvents: {
          contextmenu(view, event) {
            const request = menuRequest(view, event, control.service);
            if (!request || storage.menuListeners.size === 0) return false;
            event.preventDefault();
            for (const listener of storage.menuListeners) listener(request);
            return true;
          },
        },
      },
    });
    return [control.plugin, menu];
  },

  onDestroy() {
    this.storage.control?.dispose();
  },
});

function menuRequest(
  view: EditorView,
  event: MouseEvent,
  service: () => SpellService,
): SpellMenuRequest | null {
  const target = (event.target as HTMLElement | null)?.closest?.(`.${SPELL_ERROR_CLASS}`);
  if (!target) return null;
  const at = view.posAtDOM(target, 0);
  const state = spellCheckKey.getState(view.state);
  const decoration = state?.decorations.find(at, at + 1)[0];
  if (!decoration) return null;
  const word = view.state.doc.textBetween(decoration.from, decoration.to);
  return {
    word,
    from: decoration.from,
    to: decoration.to,
    x: event.clientX,
    y: event.clientY,
    suggestions: service().suggest(word, documentPlacement(view.state.doc)),
  };
}

/** "hòa" or "hoà": what the report already writes, else the decree's spelling. */
export function documentPlacement(doc: PmNode): TonePlacement {
  return tonePlacementOf(doc.textBetween(0, doc.content.size, ' ')) ?? DEFAULT_TONE_PLACEMENT;
}
