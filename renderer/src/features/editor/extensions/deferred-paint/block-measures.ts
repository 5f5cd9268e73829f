import { gapBetween, type BlockBox } from './block-geometry';

/** How far (px) a measured gap may differ from the margin rule before the window stays off. */
const GAP_TOLERANCE = 0.5;

/**
 * What the block window knows of each top-level block: its height when it was last laid out and
 * its margins, in CSS px of the report (screen px divided by the CSS zoom above it). Kept by
 * element: ProseMirror makes a new element for a block whose type or attributes change, so a
 * stale measure can only be one of a block changed in place, which the window forgets itself.
 */
export class BlockMeasures {
  private readonly heights = new WeakMap<Element, number>();
  private readonly margins = new WeakMap<Element, { top: number; bottom: number }>();
  /** The CSS zoom the report is drawn at. */
  zoom = 1;

  /**
   * Measures every block, all laid out now (or skipped at their real size), and says whether the
   * gaps between them are the collapsed margins the geometry assumes; nothing may be left out
   * where they are not.
   */
  measureAll(root: Element, elements: readonly Element[]): boolean {
    this.zoom = effectiveZoom(root);
    const rects = elements.map((element) => element.getBoundingClientRect());
    const boxes = elements.map((element, i) => {
      this.heights.set(element, rects[i]!.height / this.zoom);
      return this.box(element);
    });
    for (let i = 1; i < boxes.length; i++) {
      const gap = (rects[i]!.top - rects[i - 1]!.bottom) / this.zoom;
      if (Math.abs(gap - gapBetween(boxes[i - 1]!, boxes[i]!)) > GAP_TOLERANCE) return false;
    }
    return true;
  }

  /** Measures a block laid out now. */
  measure(element: Element): void {
    this.heights.set(element, element.getBoundingClientRect().height / this.zoom);
  }

  has(element: Element): boolean {
    return this.heights.has(element);
  }

  forget(element: Element): void {
    this.heights.delete(element);
  }

  /** Height 0 for a block not measured yet: such a block is always drawn, never in a run. */
  box(element: Element): BlockBox {
    let margin = this.margins.get(element);
    if (!margin) {
      const style = getComputedStyle(element);
      margin = {
        top: parseFloat(style.marginTop) || 0,
        bottom: parseFloat(style.marginBottom) || 0,
      };
      this.margins.set(element, margin);
    }
    return {
      height: this.heights.get(element) ?? 0,
      marginTop: margin.top,
      marginBottom: margin.bottom,
    };
  }
}

/** CSS zoom multiplies down the tree; lengths measured on screen are divided by it. */
function effectiveZoom(element: Element): number {
  let zoom = 1;
  for (let at: Element | null = element; at; at = at.parentElement)
    zoom *= parseFloat(getComputedStyle(at).zoom) || 1;
  return zoom;
}
