import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Misspelling } from './spell-checker';
import type { SpellService } from './spell-service';
import { SpellScheduler } from './spell-scheduler';

export const SPELL_ERROR_CLASS = 'spell-error';

export type Range = [number, number];

type SpellState = {
  enabled: boolean;
  decorations: DecorationSet;
  /** Parts of the document changed since they were last checked. */
  dirty: Range[];
};

/** `refresh` redraws the dirty blocks inside `within` (every dirty block when absent). */
type SpellMeta = { enabled?: boolean; recheckAll?: boolean; refresh?: boolean; within?: Range[] };

/**
 * One round of checking and redrawing covers at most this many document positions (about two
 * pages), nearest the cursor first: the first pass over a 50-page report is many short tasks
 * in idle time, not one long one that a keystroke would wait for.
 */
export const SPELL_SLICE = 5000;

export const spellCheckKey = new PluginKey<SpellState>('spellCheck');

/** Inline nodes that are not text (a citation, a line break) count as one neutral character. */
const LEAF = '\u00a0';

/** A textblock's text with one unit per document position, so offsets map straight back. */
export function blockText(node: PmNode): string {
  let text = '';
  node.forEach((child) => {
    text += child.isText ? child.text! : LEAF.repeat(child.nodeSize);
  });
  return text;
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}

function changedRanges(tr: Transaction): Range[] {
  let ranges: Range[] = [];
  for (const map of tr.mapping.maps) {
    ranges = ranges.map(([from, to]) => [map.map(from, -1), map.map(to, 1)]);
    map.forEach((_a, _b, from, to) => void ranges.push([from, to]));
  }
  return ranges;
}

export type Cache = Map<string, Misspelling[]>;

/** The textblocks a list of ranges touches: position before each and its text. */
export function dirtyBlocks(doc: PmNode, dirty: Range[]): { pos: number; node: PmNode }[] {
  const blocks: { pos: number; node: PmNode }[] = [];
  const seen = new Set<number>();
  for (const [from, to] of dirty) {
    doc.nodesBetween(Math.max(0, from), Math.min(doc.content.size, to), (node, pos) => {
      if (!node.isTextblock) return true;
      if (!seen.has(pos)) blocks.push({ pos, node });
      seen.add(pos);
      return false;
    });
  }
  return blocks;
}

/** The dirty textblocks nearest `head` (the one holding it first) up to `budget` positions. */
export function nearestDirty(
  doc: PmNode,
  dirty: Range[],
  head: number,
  budget = SPELL_SLICE,
): { pos: number; node: PmNode }[] {
  const distance = ({ pos, node }: { pos: number; node: PmNode }) =>
    head < pos ? pos - head : Math.max(0, head - (pos + node.nodeSize));
  const blocks = dirtyBlocks(doc, dirty).sort((a, b) => distance(a) - distance(b));
  const slice: { pos: number; node: PmNode }[] = [];
  let size = 0;
  for (const block of blocks) {
    if (slice.length > 0 && size + block.node.nodeSize > budget) break;
    slice.push(block);
    size += block.node.nodeSize;
  }
  return slice;
}

const inside = (pos: number, within: Range[] | undefined) =>
  !within || within.some(([from, to]) => pos >= from && pos <= to);

/**
 * Rebuilds the underlines of the dirty textblocks (those inside `within`, when given) whose
 * text the cache knows; the others stay dirty for the next round. Underlines elsewhere are only
 * mapped, never rebuilt.
 */
function refresh(state: SpellState, doc: PmNode, cache: Cache, within?: Range[]): SpellState {
  let decorations = state.decorations;
  const stillDirty: Range[] = [];
  for (const { pos, node } of dirtyBlocks(doc, state.dirty)) {
    const from = pos + 1;
    const to = pos + node.nodeSize - 1;
    const found = inside(pos, within) ? cache.get(blockText(node)) : undefined;
    if (!found) {
      stillDirty.push([from, to]);
      continue;
    }
    decorations = decorations.remove(decorations.find(from, to));
    decorations = decorations.add(
      doc,
      found.map((m) =>
        Decoration.inline(from + m.from, from + m.to, {
          class: SPELL_ERROR_CLASS,
          'data-spell-word': m.word,
        }),
      ),
    );
  }
  return { ...state, decorations, dirty: stillDirty };
}

export type SpellPluginOptions = {
  service: () => SpellService;
  debounceMs: number;
};

/**
 * Underlines misspelled syllables as decorations (so the text itself never moves). A change
 * marks its textblocks dirty; after a pause the dirty blocks whose text is not cached go to the
 * checker (a Web Worker) in one batch, and a meta-only transaction draws their underlines.
 * Nothing is redrawn while an IME composition is open.
 */
export function createSpellCheckPlugin(options: SpellPluginOptions) {
  const cache: Cache = new Map();
  let service: SpellService | null = null;
  const getService = () => (service ??= options.service());

  const plugin: Plugin<SpellState> = new Plugin<SpellState>({
    key: spellCheckKey,
    state: {
      init: () => ({ enabled: false, decorations: DecorationSet.empty, dirty: [] }),
      apply(tr, previous, _old, state: EditorState) {
        const meta = tr.getMeta(spellCheckKey) as SpellMeta | undefined;
        let next = previous;
        if (meta?.enabled === false)
          return { enabled: false, decorations: DecorationSet.empty, dirty: [] };
        if (meta?.enabled || meta?.recheckAll) {
          if (meta.recheckAll) cache.clear();
          next = { ...next, enabled: true, dirty: [[0, state.doc.content.size]] };
        }
        if (!next.enabled) return next;
        if (tr.docChanged) {
          const mapped = next.dirty.map(([from, to]): Range => [
            tr.mapping.map(from, -1),
            tr.mapping.map(to, 1),
          ]);
          next = {
            ...next,
            decorations: next.decorations.map(tr.mapping, tr.doc),
            dirty: merge([...mapped, ...changedRanges(tr)]),
          };
        }
        if (meta?.refresh) next = refresh(next, state.doc, cache, meta.within);
        // Turned on: what the cache already knows near the cursor at once, the rest in slices.
        else if (meta?.enabled || meta?.recheckAll) {
          const near = nearestDirty(state.doc, next.dirty, state.selection.head);
          next = refresh(
            next,
            state.doc,
            cache,
            near.map(({ pos }) => [pos, pos]),
          );
        }
        return next;
      },
    },
    props: {
      decorations: (state) => spellCheckKey.getState(state)?.decorations,
    },
    view: (view) => new SpellScheduler(view, cache, getService, options.debounceMs),
  });

  return {
    plugin,
    service: getService,
    dispose() {
      service?.destroy();
      service = null;
    },
    clearCache: () => cache.clear(),
  };
}
