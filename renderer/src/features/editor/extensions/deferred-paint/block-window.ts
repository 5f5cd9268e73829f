import type { EditorState } from '@tiptap/pm/state';
import type { ResolvedPos } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { blocksToDraw, gapBetween, leftOutRuns, type BlockBox } from './block-geometry';
import { BlockMeasures } from './block-measures';
import { docDiff, type DocDiff } from './doc-diff';
import { DEFERRED_PAINT_ATTR } from './paint-switch';
import { windowCss, type PlacedRun } from './window-css';

/** Below this many top-level blocks, skipping them (content-visibility) is cheap enough alone. */
export const MIN_WINDOWED_BLOCKS = 80;
/** Screens of report laid out above and below the one shown. */
const MARGIN_SCREENS = 0.5;

const windows = new WeakMap<Element, BlockWindow>();
let scopes = 0;

/** A top-level block's box on screen (client px), as drawn or where it would be drawn. */
export type BlockExtent = { element: Element; top: number; bottom: number };

/**
 * Where each top-level block of the editor whose root is `root` is, whether it is laid out or
 * left out by its block window; null when no window leaves anything out (measure the DOM).
 */
export function blockExtents(root: Element): BlockExtent[] | null {
  return windows.get(root)?.extents() ?? null;
}

/**
 * Leaves the top-level blocks of a long report that are far from the screen out of layout
 * altogether (`display: none`, window-css.ts), each run of them standing in as one empty box of
 * its height. Skipped blocks (content-visibility: auto) still cost Chromium a little each, every
 * frame: laying out the root's ~460 children of a 50-page report, pre-paint, paint and the
 * visibility observer made a keystroke there cost twice one in a 1-page report. Left out, they
 * cost nothing (`npm run bench -- editor`: 1.2–1.3× the 1-page report's, was 1.7–2.5×).
 *
 * Exact, not estimated: each block's height is the one measured when it was last laid out, and
 * the margins between blocks follow the collapsing rule, which is checked against the real
 * layout before anything is left out (the window stays off where it does not hold). Blocks
 * that cannot be left out: the caret's (it must be placed in a laid-out block, and ProseMirror
 * scrolls to it) and its two neighbours (where the arrow keys go, even with the caret scrolled
 * far away), any block not measured since it changed, and the blocks within half a screen of
 * the one shown, so the mouse and the arrow keys always meet laid-out text. A selection's other
 * end may be left out: Chromium and ProseMirror keep it where it is, and a Shift+click screens
 * away selects and deletes what it does with every block drawn (e2e/editor-long-report.e2e.ts).
 *
 * Runs only while DeferredPaint's switch is on (every block then has its measured size); the
 * switch going off for any reason (zoom, new width, fonts, a paste) draws every block again.
 * Not screen-reader friendly: left-out blocks are out of the accessibility tree, as with any
 * virtualized list.
 */
export class BlockWindow {
  private readonly scope = String(++scopes);
  private readonly style = document.createElement('style');
  private readonly measures = new BlockMeasures();
  /** Elements left out by the current sheet (stand-ins included). */
  private leftOut = new Set<Element>();
  /** The blocks (indexes) around the caret's between the runs counted from either end. */
  private middle = { first: 0, last: -1 };
  /** The band of the report laid out, report px from the first block's top. */
  private band = { from: 0, to: 0 };
  /** Set while the window is in place (it follows this element's scrolling). */
  private scroller: HTMLElement | null = null;
  private readonly onScroll = () => {
    if (this.active && !this.bandCoversScreen()) this.place();
  };

  /**
   * A picture's height follows its width once it has loaded; one that loads in a block left out
   * would keep the height measured before. The block is drawn and measured again.
   */
  private readonly onLoad = (event: Event) => {
    let block = event.target instanceof Element ? event.target : null;
    while (block && block.parentNode !== this.view.dom) block = block.parentElement;
    if (!this.active || !block || !this.leftOut.has(block)) return;
    this.measures.forget(block);
    this.place();
  };

  constructor(private readonly view: EditorView) {
    this.style.dataset.blockWindow = this.scope;
    windows.set(view.dom, this);
    view.dom.addEventListener('load', this.onLoad, true);
  }

  /** DeferredPaint's switch went on: every block is laid out (or skipped at its real size). */
  start(): void {
    this.stop();
    const host = this.host();
    const scroller = host?.querySelector<HTMLElement>('.report-editor__scroll') ?? null;
    const elements = this.elements();
    if (!host || !scroller || !elements || elements.length < MIN_WINDOWED_BLOCKS) return;
    if (!this.measures.measureAll(this.view.dom, elements)) return;
    host.dataset.blockWindow = this.scope;
    document.head.append(this.style);
    this.scroller = scroller;
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
    window.addEventListener('resize', this.onScroll);
    this.place();
  }

  private get active(): boolean {
    return this.scroller !== null;
  }

  /** Every block drawn again. */
  stop(): void {
    this.leftOut = new Set();
    this.middle = { first: 0, last: -1 };
    this.style.textContent = '';
    this.style.remove();
    const host = this.host();
    if (host?.dataset.blockWindow === this.scope) delete host.dataset.blockWindow;
    this.scroller?.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('resize', this.onScroll);
    this.scroller = null;
  }

  update(
    view: EditorView,
    previous: EditorState,
    diff: DocDiff | null = docDiff(previous.doc, view.state.doc),
  ): void {
    if (!this.active) return;
    const { state } = view;
    if (diff && !this.changedInMiddle(previous, state, diff)) return this.place();
    if (!this.drawsAroundCaret(state.selection.$head)) this.place();
  }

  destroy(): void {
    this.stop();
    windows.delete(this.view.dom);
    this.view.dom.removeEventListener('load', this.onLoad, true);
  }

  /** Every block's box on screen: measured where laid out, from the measures where left out. */
  extents(): BlockExtent[] | null {
    if (!this.active || this.leftOut.size === 0 || !this.sheetApplies()) return null;
    const elements = this.elements();
    if (!elements) return null;
    const extents: BlockExtent[] = [];
    let above: { bottom: number; box: BlockBox } | null = null;
    for (const element of elements) {
      const box = this.measures.box(element);
      let top: number;
      let bottom: number;
      if (!this.leftOut.has(element) || !this.measures.has(element)) {
        ({ top, bottom } = element.getBoundingClientRect());
      } else {
        top =
          above === null
            ? element.getBoundingClientRect().top
            : above.bottom + gapBetween(above.box, box) * this.measures.zoom;
        bottom = top + box.height * this.measures.zoom;
      }
      extents.push({ element, top, bottom });
      above = { bottom, box };
    }
    return extents;
  }

  /** The sheet's selector holds: the host is marked with this window and the switch is on. */
  private sheetApplies(): boolean {
    const host = this.host();
    return host?.dataset.blockWindow === this.scope && host.hasAttribute(DEFERRED_PAINT_ATTR);
  }

  private host(): HTMLElement | null {
    return this.view.dom.closest<HTMLElement>('.report-editor');
  }

  /** The top-level blocks' elements, in order; null if any is not a child of the root. */
  private elements(): HTMLElement[] | null {
    const elements: HTMLElement[] = [];
    let ok = true;
    this.view.state.doc.forEach((_node, offset) => {
      const element = this.view.nodeDOM(offset);
      if (element instanceof HTMLElement && element.parentNode === this.view.dom)
        elements.push(element);
      else ok = false;
    });
    return ok ? elements : null;
  }

  /**
   * Whether a change to the document left the sheet true: it touched only blocks between the
   * runs counted from the start and those counted from the end, all of them laid out. Either way
   * the blocks it changed lose their measure (one changed in place keeps its element), so they
   * are drawn and measured again before they can be left out.
   */
  private changedInMiddle(previous: EditorState, state: EditorState, diff: DocDiff): boolean {
    const { start, endA, endB } = diff;
    const [firstAfter, lastAfter] = blockSpan(state.doc, start, endB);
    let offset = state.doc.resolve(0).posAtIndex(firstAfter);
    for (let i = firstAfter; i <= lastAfter; offset += state.doc.child(i++).nodeSize) {
      const element = this.view.nodeDOM(offset);
      if (element instanceof Element) this.measures.forget(element);
    }
    const [first, last] = blockSpan(previous.doc, start, endA);
    if (first < this.middle.first || last > this.middle.last) return false;
    this.middle = {
      first: this.middle.first,
      last: this.middle.last + state.doc.childCount - previous.doc.childCount,
    };
    return true;
  }

  /**
   * Whether the caret's block and its two neighbours are between the runs, so laid out: after
   * each placing they are (the runs are written around them); an arrow key or a click that moves
   * the caret to the middle's edge, or beyond, places the window again.
   */
  private drawsAroundCaret($head: ResolvedPos): boolean {
    const last = $head.doc.childCount - 1;
    const index = Math.min($head.index(0), last);
    return (
      Math.max(index - 1, 0) >= this.middle.first && Math.min(index + 1, last) <= this.middle.last
    );
  }

  private bandCoversScreen(): boolean {
    const screen = this.screen();
    if (!screen) return true;
    const slack = (screen.to - screen.from) * (MARGIN_SCREENS / 2);
    return screen.from - slack >= this.band.from && screen.to + slack <= this.band.to;
  }

  /** The part of the report on screen, report px from the first block's top. */
  private screen(): { from: number; to: number } | null {
    const first = this.view.dom.firstElementChild;
    if (!first || !this.scroller) return null;
    const shown = this.scroller.getBoundingClientRect();
    const top = first.getBoundingClientRect().top;
    const { zoom } = this.measures;
    return { from: (shown.top - top) / zoom, to: (shown.bottom - top) / zoom };
  }

  /**
   * Writes the sheet for the screen and the selection. First every block that was drawn, is not
   * measured or holds the selection is drawn, and measured (its height may have changed since);
   * then the band around the screen is chosen from those measures and the rest left out.
   */
  private place(): void {
    const elements = this.elements();
    if (!elements) return this.stop();
    const caret = Math.min(this.view.state.selection.$head.index(0), elements.length - 1);
    // The caret's block and its neighbours, where the arrow keys go next (caret-block.ts).
    const near = [caret - 1, caret, caret + 1].filter((i) => i >= 0 && i < elements.length);
    const mustDraw = new Set<number>(near);
    elements.forEach((element, i) => {
      if (!this.leftOut.has(element) || !this.measures.has(element)) mustDraw.add(i);
    });
    const boxes = () => elements.map((element) => this.measures.box(element));
    this.write(elements, boxes(), mustDraw, caret);
    for (const i of mustDraw) this.measures.measure(elements[i]!);
    const screen = this.screen();
    if (!screen) return this.stop();
    const margin = (screen.to - screen.from) * MARGIN_SCREENS;
    this.band = { from: screen.from - margin, to: screen.to + margin };
    const measured = boxes();
    this.write(
      elements,
      measured,
      blocksToDraw(measured, this.band.from, this.band.to, near),
      caret,
    );
  }

  private write(
    elements: HTMLElement[],
    boxes: BlockBox[],
    drawn: ReadonlySet<number>,
    caret: number,
  ): void {
    const children = [...this.view.dom.children];
    const childIndex = new Map(children.map((child, i) => [child, i]));
    const at = (i: number) => childIndex.get(elements[i]!)!;
    const runs: PlacedRun[] = leftOutRuns(boxes, drawn).map((run) => ({
      ...run,
      firstChild: at(run.first),
      lastChild: at(run.last),
      standInChild: at(run.standIn),
      fromEnd: run.first > caret,
    }));
    this.style.textContent = windowCss(this.scope, runs, children.length);
    this.leftOut = new Set(runs.flatMap((run) => elements.slice(run.first, run.last + 1)));
    const before = runs.filter((run) => run.last < caret).map((run) => run.last);
    const after = runs.filter((run) => run.first > caret).map((run) => run.first);
    this.middle = {
      first: before.length ? Math.max(...before) + 1 : 0,
      last: after.length ? Math.min(...after) - 1 : elements.length - 1,
    };
  }
}

/** The first and last top-level blocks (indexes) that a change from `start` to `end` touches. */
function blockSpan(doc: EditorState['doc'], start: number, end: number): [number, number] {
  const index = (pos: number) =>
    Math.min(doc.resolve(Math.min(pos, doc.content.size)).index(0), doc.childCount - 1);
  return [index(start), index(Math.max(end, start))];
}
