import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findMatches, type FindOptions, type FindRange } from './find-matches';

export type FindState = FindOptions & { matches: FindRange[]; current: number };

export const FIND_KEY = new PluginKey<FindState>('findReplace');

const EMPTY: FindState = { query: '', matchMarks: false, matches: [], current: 0 };

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Sets what to look for; matches are highlighted and the first one after the cursor is current. */
      setFindQuery: (query: string, options?: { matchMarks?: boolean }) => ReturnType;
      /** Moves to the next (1) or previous (-1) match, selecting it and scrolling to it. */
      findStep: (direction: 1 | -1) => ReturnType;
      /** Replaces the current match; its marks are those of the first letter replaced. */
      replaceCurrent: (replacement: string) => ReturnType;
      /** Replaces every match in one undoable step. */
      replaceAll: (replacement: string) => ReturnType;
      clearFind: () => ReturnType;
    };
  }
}

export function findState(state: EditorState): FindState {
  return FIND_KEY.getState(state) ?? EMPTY;
}

function firstAfter(matches: FindRange[], pos: number): number {
  const index = matches.findIndex((match) => match.from >= pos);
  return index < 0 ? 0 : index;
}

/**
 * Find and replace (Ctrl+F / Ctrl+H): matches as decorations, recomputed only while a query is
 * set. The replacement keeps the marks of the text it replaces (insertText inherits them).
 */
export const FindReplace = Extension.create({
  name: 'findReplace',

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: FIND_KEY,
        state: {
          init: () => EMPTY,
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(FIND_KEY) as Partial<FindState> | undefined;
            if (meta) {
              const next = { ...value, ...meta };
              if (meta.query !== undefined || meta.matchMarks !== undefined) {
                next.matches = findMatches(state.doc, next);
                next.current = firstAfter(next.matches, state.selection.from);
              }
              return next;
            }
            if (!tr.docChanged || !value.query) return value;
            const matches = findMatches(state.doc, value);
            return {
              ...value,
              matches,
              current: Math.min(value.current, Math.max(0, matches.length - 1)),
            };
          },
        },
        props: {
          decorations(state) {
            const { matches, current } = findState(state);
            if (matches.length === 0) return DecorationSet.empty;
            return DecorationSet.create(
              state.doc,
              matches.map((match, index) =>
                Decoration.inline(match.from, match.to, {
                  class: index === current ? 'find-match find-match--current' : 'find-match',
                }),
              ),
            );
          },
        },
      }),
    ];
  },

  addCommands() {
    return {
      setFindQuery:
        (query, options = {}) =>
        ({ tr, state, dispatch }) => {
          const matchMarks = options.matchMarks ?? findState(state).matchMarks;
          if (dispatch) tr.setMeta(FIND_KEY, { query, matchMarks }).setMeta('addToHistory', false);
          return true;
        },
      findStep:
        (direction) =>
        ({ tr, state, dispatch }) => {
          const { matches, current } = findState(state);
          if (matches.length === 0) return false;
          const onCurrent =
            state.selection.from === matches[current]?.from &&
            state.selection.to === matches[current]?.to;
          const next = onCurrent
            ? (current + direction + matches.length) % matches.length
            : direction === 1
              ? current
              : (current - 1 + matches.length) % matches.length;
          const match = matches[next]!;
          if (dispatch) {
            tr.setSelection(TextSelection.create(tr.doc, match.from, match.to))
              .setMeta(FIND_KEY, { current: next })
              .scrollIntoView();
          }
          return true;
        },
      replaceCurrent:
        (replacement) =>
        ({ tr, state, dispatch }) => {
          const { matches, current } = findState(state);
          const match = matches[current];
          if (!match) return false;
          if (dispatch) {
            tr.insertText(replacement, match.from, match.to);
            const after = match.from + replacement.length;
            tr.setSelection(TextSelection.create(tr.doc, after));
          }
          return true;
        },
      replaceAll:
        (replacement) =>
        ({ tr, state, dispatch }) => {
          const { matches } = findState(state);
          if (matches.length === 0) return false;
          if (dispatch) {
            // From the end, so earlier positions stay valid.
            for (const match of [...matches].reverse())
              tr.insertText(replacement, match.from, match.to);
          }
          return true;
        },
      clearFind:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch)
            tr.setMeta(FIND_KEY, { query: '', matches: [], current: 0 }).setMeta(
              'addToHistory',
              false,
            );
          return true;
        },
    };
  },
});
