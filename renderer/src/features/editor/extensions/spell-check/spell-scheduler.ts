import type { EditorView } from '@tiptap/pm/view';
import { cancelIdle, requestIdle } from '../../idle';
import {
  blockText,
  dirtyBlocks,
  nearestDirty,
  spellCheckKey,
  type Cache,
  type Range,
} from './spell-check-plugin';
import type { SpellService } from './spell-service';

/**
 * Waits for a pause in typing, checks the dirty blocks nearest the cursor that the cache lacks,
 * asks for their redraw, and goes on with the next slice in idle time until none is dirty; a
 * keystroke puts the rest off until the next pause.
 */
export class SpellScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private idle = 0;
  private running = false;
  /** Our own redraw is being dispatched: the next slice is scheduled by `run`, not by a pause. */
  private redrawing = false;

  constructor(
    private readonly view: EditorView,
    private readonly cache: Cache,
    private readonly service: () => SpellService,
    private readonly debounceMs: number,
  ) {
    this.update();
  }

  update() {
    if (this.redrawing) return;
    const state = spellCheckKey.getState(this.view.state);
    if (!state?.enabled || state.dirty.length === 0) return;
    this.cancel();
    this.timer = setTimeout(() => void this.run(), this.debounceMs);
  }

  private cancel() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.idle) cancelIdle(this.idle);
    this.idle = 0;
  }

  private async run() {
    this.timer = null;
    if (this.view.isDestroyed || this.running) return;
    if (this.view.composing) return this.update();
    const { doc, selection } = this.view.state;
    const slice = nearestDirty(doc, spellCheckKey.getState(this.view.state)!.dirty, selection.head);
    const texts = new Set<string>();
    for (const { node } of slice) {
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
    // The blocks of this slice, where they are now (an edit may have moved them meanwhile).
    const now = this.view.state;
    let blocks = slice;
    if (now.doc !== doc) {
      const checked = new Set(slice.map(({ node }) => blockText(node)));
      blocks = dirtyBlocks(now.doc, spellCheckKey.getState(now)!.dirty).filter(({ node }) =>
        checked.has(blockText(node)),
      );
    }
    const within = blocks.map(({ pos }): Range => [pos, pos]);
    const tr = now.tr;
    this.redrawing = true;
    try {
      this.view.dispatch(
        tr.setMeta(spellCheckKey, { refresh: true, within }).setMeta('addToHistory', false),
      );
    } finally {
      this.redrawing = false;
    }
    if (spellCheckKey.getState(this.view.state)?.dirty.length) {
      this.cancel();
      this.idle = requestIdle(() => {
        this.idle = 0;
        void this.run();
      }, 200);
    }
  }

  destroy() {
    this.cancel();
  }
}
