import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Misspelling } from './spell-checker';
import type { SpellService } from './spell-service';

export const SPELL_ERROR_CLASS = 'spell-error';

type Range = [number, number];

type SpellState = {
  enabled: boolean;
  decorations: DecorationSet;
  /** Parts of the document changed since they were last checked. */
  dirty: Range[];
};

type SpellMeta = { enabled?: boolean; recheckAll?: boolean; refresh?: boolean };

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

type Cache = Map<string, Misspelling[]>;

/** The textblocks a list of ranges touches: position before each and its text. */
function dirtyBlocks(doc: PmNode, dirty: Range[]): { pos: number; node: PmNode }[] {
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

/**
 * Rebuilds the underlines of the dirty textblocks whose text the cache knows; the others stay
 * dirty for the next round. Underlines elsewhere are only mapped, never rebuilt.
 */
function refresh(state: SpellState, doc: PmNode, cache: Cache): SpellState {
  let decorations = state.decorations;
  const stillDirty: Range[] = [];
  for (const { pos, node } of dirtyBlocks(doc, state.dirty)) {
    const from = pos + 1;
    const to = pos + node.nodeSize - 1;
    const found = cache.get(blockText(node));
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
        if (meta?.refresh || meta?.enabled || meta?.recheckAll)
          next = refresh(next, state.doc, cache);
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

/** Waits for a pause in typing, checks the dirty blocks the cache lacks, then asks for a redraw. */
class SpellScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;

  constructor(
    private readonly view: EditorView,
    private readonly cache: Cache,
    private readonly service: () => SpellService,
    private readonly debounceMs: number,
  ) {
    this.update();
  }

  update() {
    const state = spellCheckKey.getState(this.view.state);
    if (!state?.enabled || state.dirty.length === 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), this.debounceMs);
  }

  private async run() {
    this.timer = null;
    if (this.view.isDestroyed || this.running) return;
    if (this.view.composing) return this.update();
    const state = spellCheckKey.getState(this.view.state)!;
    const texts = new Set<string>();
    for (const { node } of dirtyBlocks(this.view.state.doc, state.dirty)) {
      const text = blockText(node);
      if (!this.cache.has(text)) texts.add(text);
    }
    this.running = true;
    try {
      if (texts.size > 0) {
        const list = [...texts];
        const results = await this.service().check(list);
        // A long session must not keep every paragraph it ever saw.
        if (this.cache.size > 20_000) this.cache.clear();
        list.forEach((text, i) => this.cache.set(text, results[i] ?? []));
      }
    } finally {
      this.running = false;
    }
    if (this.view.isDestroyed) return;
    if (this.view.composing) return this.update();
    this.view.dispatch(
      this.view.state.tr.setMeta(spellCheckKey, { refresh: true }).setMeta('addToHistory', false),
    );
  }

  destroy() {
    if (this.timer) clearTimeout(this.timer);
  }
}
