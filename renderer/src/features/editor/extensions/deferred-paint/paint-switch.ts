import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { docDiff, type DocDiff } from './doc-diff';

/** On `.report-editor` (not on the editor's root, whose attributes ProseMirror rewrites). */
export const DEFERRED_PAINT_ATTR = 'data-deferred-paint';

/** A change spanning more top-level blocks than this (a paste, a restored version) re-arms. */
const MAX_BLOCKS_CHANGED = 2;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Switches `content-visibility: auto` (editor.css) on for the report's blocks only while every
 * block has a remembered size. Each block keeps its laid-out size (`contain-intrinsic-size:
 * auto`) only from a frame that laid it out; a block skipped before that stands in at a guessed
 * 3em, and the page guides, which measure every block, would then be wrong. So the switch goes
 * on after the whole report is in and one frame has laid it all out, and goes off for a frame
 * whenever sizes may have changed unseen: a new width (zoom, page layout, window), fonts loaded
 * late, or many blocks made at once (a paste, a restored version, the loader's slices); and
 * before a key that sends the caret far (farMove).
 */
export class PaintSwitch {
  private width = -1;
  private generation = 0;
  private destroyed = false;
  private readonly resize: ResizeObserver;
  private readonly fontsLoaded = () => this.rearm();
  /**
   * Chromium cannot put the caret inside a block it skips: Ctrl+End landed at the start of the
   * report's last block, and the letters typed next went before its text. Before a key that
   * moves the caret far (its default action, not ProseMirror's), every block is drawn again.
   */
  private readonly farMove = (event: KeyboardEvent) => {
    const far =
      event.key === 'PageUp' ||
      event.key === 'PageDown' ||
      ((event.key === 'Home' || event.key === 'End') && (event.ctrlKey || event.metaKey));
    if (far && this.host()?.hasAttribute(DEFERRED_PAINT_ATTR)) this.rearm();
  };

  constructor(
    private readonly view: EditorView,
    private readonly loaded: () => Promise<void>,
    /** Plugin state that, when replaced, redraws text in many blocks (the missing citations' ⚠). */
    private readonly sizeInputs: readonly ((state: EditorState) => unknown)[],
    /** Told right after the switch goes on or off (the block window). */
    private readonly onSwitch: (on: boolean) => void = () => {},
  ) {
    // Device pixels: a CSS zoom changes them though the CSS width stays the same.
    this.resize = new ResizeObserver(([entry]) => {
      const width = entry?.devicePixelContentBoxSize?.[0]?.inlineSize ?? entry?.contentRect.width;
      if (width === undefined || width === this.width) return;
      this.width = width;
      this.rearm();
    });
    try {
      this.resize.observe(view.dom, { box: 'device-pixel-content-box' });
    } catch {
      this.resize.observe(view.dom);
    }
    document.fonts?.addEventListener('loadingdone', this.fontsLoaded);
    view.dom.addEventListener('keydown', this.farMove, true);
    this.rearm();
  }

  update(
    view: EditorView,
    previous: EditorState,
    diff: DocDiff | null = docDiff(previous.doc, view.state.doc),
  ): void {
    const { state } = view;
    if (
      (diff !== null && blocksChanged(previous.doc, state.doc, diff)) ||
      this.sizeInputs.some((input) => input(state) !== input(previous))
    )
      this.rearm();
  }

  destroy(): void {
    this.destroyed = true;
    this.resize.disconnect();
    document.fonts?.removeEventListener('loadingdone', this.fontsLoaded);
    this.view.dom.removeEventListener('keydown', this.farMove, true);
    this.host()?.removeAttribute(DEFERRED_PAINT_ATTR);
    this.onSwitch(false);
  }

  private host(): HTMLElement | null {
    return this.view.dom.closest<HTMLElement>('.report-editor');
  }

  /** Off now; on again once the report is in and a frame has laid out all of it. */
  private rearm(): void {
    const generation = ++this.generation;
    this.host()?.removeAttribute(DEFERRED_PAINT_ATTR);
    this.onSwitch(false);
    const current = () => !this.destroyed && generation === this.generation;
    void (async () => {
      // A frame first: the loader of a report just installed registers after its first state.
      await frame();
      if (!current()) return;
      await this.loaded();
      await document.fonts?.ready;
      // The frame that lays every block out records its size; switched on in the next one.
      await frame();
      await frame();
      if (!current() || this.view.dom.getClientRects().length === 0) return;
      this.host()?.setAttribute(DEFERRED_PAINT_ATTR, '');
      this.onSwitch(true);
    })();
  }
}

/** Whether an edit made or replaced more top-level blocks than typing and Enter do. */
export function blocksChanged(
  before: PMNode,
  after: PMNode,
  diff: DocDiff | null = docDiff(before, after),
): boolean {
  if (!diff) return false;
  const { start, endB } = diff;
  const first = after.resolve(Math.min(start, after.content.size)).index(0);
  const last = after.resolve(Math.max(Math.min(endB, after.content.size), start)).index(0);
  return last - first + 1 > MAX_BLOCKS_CHANGED;
}
