import { JSDOM } from 'jsdom';

/**
 * A DOM for unit tests that run in Node (vitest's node environment): ProseMirror's view and
 * the paste parser need document, window and a few constructors. Imported first by
 * create-test-editor.ts so modules that touch `window` at import time find it.
 */
if (typeof globalThis.document === 'undefined') {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const win = dom.window as unknown as Window & typeof globalThis;
  const globals: Record<string, unknown> = {
    window: win,
    document: win.document,
    navigator: win.navigator,
    Node: win.Node,
    Element: win.Element,
    HTMLElement: win.HTMLElement,
    Text: win.Text,
    DocumentFragment: win.DocumentFragment,
    DOMParser: win.DOMParser,
    MutationObserver: win.MutationObserver,
    KeyboardEvent: win.KeyboardEvent,
    ClipboardEvent: win.Event,
    DragEvent: win.Event,
    Event: win.Event,
    getComputedStyle: win.getComputedStyle.bind(win),
    requestAnimationFrame: (cb: FrameRequestCallback) => setTimeout(() => cb(Date.now()), 0),
    cancelAnimationFrame: (id: number) => clearTimeout(id),
  };
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  // jsdom has no layout: ProseMirror asks for rectangles when scrolling a selection into view.
  const rect = () => ({
    top: 0,
    left: 0,
    right: 0,
    bottom: 0,
    width: 0,
    height: 0,
    x: 0,
    y: 0,
    toJSON() {},
  });
  win.Element.prototype.getBoundingClientRect = rect as () => DOMRect;
  win.Element.prototype.getClientRects = (() => []) as unknown as () => DOMRectList;
  win.Range.prototype.getBoundingClientRect = rect as () => DOMRect;
  win.Range.prototype.getClientRects = (() => []) as unknown as () => DOMRectList;
  win.document.elementFromPoint = () => null;
}
