import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { NODE } from '../../../../../../shared/report/document';

export type CitationLinksOptions = {
  /** Ctrl+click on a citation: the article, and the passage it closes when inside a quote. */
  onOpen(articleId: string, passage: string | null): void;
  /** Ctrl+click on a citation whose article was deleted: there is nothing to open, say so. */
  onMissing(articleId: string): void;
  /** The tooltip of a citation whose article was deleted (read when shown: the language can change). */
  missingLabel(): string;
};

type LinkState = { missing: ReadonlySet<string>; decorations: DecorationSet };

export const CITATION_LINKS_KEY = new PluginKey<LinkState>('citationLinks');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    citationLinks: {
      /** The article ids whose source is gone: their citations keep their text and say so. */
      setMissingCitations: (articleIds: readonly string[]) => ReturnType;
    };
  }
}

type Label = () => string;

/** The marks of the citations whose article is gone, among the nodes `visit` walks. */
function marksOf(
  visit: (f: (node: PmNode, pos: number) => void) => void,
  missing: ReadonlySet<string>,
  label: Label,
): Decoration[] {
  const decorations: Decoration[] = [];
  visit((node, pos) => {
    if (node.type.name === NODE.citation && missing.has(String(node.attrs.articleId))) {
      decorations.push(
        Decoration.node(pos, pos + node.nodeSize, {
          class: 'citation--missing',
          'data-source-missing': 'true',
          title: label(),
        }),
      );
    }
  });
  return decorations;
}

function decorate(doc: PmNode, missing: ReadonlySet<string>, label: Label): DecorationSet {
  if (missing.size === 0) return DecorationSet.empty;
  return DecorationSet.create(
    doc,
    marksOf((f) => doc.descendants(f), missing, label),
  );
}

/** The ranges of the new document an edit replaced, each mapped through the later steps. */
function changedRanges(tr: Transaction): [number, number][] {
  let ranges: [number, number][] = [];
  for (const map of tr.mapping.maps) {
    ranges = ranges.map(([from, to]) => [map.map(from, -1), map.map(to, 1)]);
    map.forEach((_a, _b, from, to) => void ranges.push([from, to]));
  }
  return ranges;
}

/**
 * After an edit: the marks mapped, and only those of the citations in the changed ranges redone
 * (a keystroke used to walk the whole report for them). A range grows to cover every mark it
 * touches, so a citation at its edge is redone, never doubled nor lost.
 */
function redecorate(
  tr: Transaction,
  previous: DecorationSet,
  missing: ReadonlySet<string>,
  label: Label,
): DecorationSet {
  const doc = tr.doc;
  let decorations = previous.map(tr.mapping, doc);
  for (const [start, end] of changedRanges(tr)) {
    let from = Math.max(0, start - 1);
    let to = Math.min(doc.content.size, end + 1);
    for (let found = decorations.find(from, to); ; found = decorations.find(from, to)) {
      const lo = Math.min(from, ...found.map((d) => d.from));
      const hi = Math.max(to, ...found.map((d) => d.to));
      decorations = decorations.remove(found);
      if (lo === from && hi === to) break;
      [from, to] = [lo, hi];
    }
    decorations = decorations.add(
      doc,
      marksOf((f) => doc.nodesBetween(from, to, f), missing, label),
    );
  }
  return decorations;
}

/** The quoted text a citation closes: its block quote's text without the citations in it. */
function passageOf(state: EditorState, pos: number): string | null {
  const $pos = state.doc.resolve(pos);
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    if (node.type.name !== NODE.blockquote) continue;
    const parts: string[] = [];
    node.descendants((child) => {
      if (child.isText) parts.push(child.text ?? '');
      else if (child.isBlock && parts.length > 0) parts.push('\n');
      return child.type.name !== NODE.citation;
    });
    const text = parts.join('').trim();
    return text || null;
  }
  return null;
}

/**
 * Citations stay linked: Ctrl+click opens the article (at the quoted passage), and a citation
 * whose article was deleted is marked as such while keeping its text.
 */
export const CitationLinks = Extension.create<CitationLinksOptions>({
  name: 'citationLinks',

  addOptions() {
    return {
      onOpen: () => undefined,
      onMissing: () => undefined,
      missingLabel: () => 'source deleted',
    };
  },

  addCommands() {
    return {
      setMissingCitations:
        (articleIds) =>
        ({ tr, dispatch }) => {
          if (dispatch)
            tr.setMeta(CITATION_LINKS_KEY, new Set(articleIds)).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const { onOpen, onMissing, missingLabel } = this.options;
    return [
      new Plugin<LinkState>({
        key: CITATION_LINKS_KEY,
        state: {
          init: () => ({ missing: new Set(), decorations: DecorationSet.empty }),
          apply(tr, value, _old, state) {
            const next = tr.getMeta(CITATION_LINKS_KEY) as ReadonlySet<string> | undefined;
            if (next)
              return { missing: next, decorations: decorate(state.doc, next, missingLabel) };
            if (!tr.docChanged || value.missing.size === 0) return value;
            return {
              missing: value.missing,
              decorations: redecorate(tr, value.decorations, value.missing, missingLabel),
            };
          },
        },
        props: {
          decorations: (state) => CITATION_LINKS_KEY.getState(state)?.decorations,
          handleClickOn(view, _pos, node, nodePos, event) {
            if (node.type.name !== NODE.citation || !(event.ctrlKey || event.metaKey)) return false;
            const articleId = String(node.attrs.articleId ?? '');
            if (!articleId) return false;
            if (CITATION_LINKS_KEY.getState(view.state)?.missing.has(articleId))
              onMissing(articleId);
            else onOpen(articleId, passageOf(view.state, nodePos));
            return true;
          },
        },
      }),
    ];
  },
});
