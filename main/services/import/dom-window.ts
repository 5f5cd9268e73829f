import type { DOMWindow } from 'jsdom';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let shared: DOMWindow | null = null;

/**
 * One jsdom window for the whole process. Creating a window costs tens of milliseconds, parsing
 * into an existing one a few: the importers parse with its DOMParser, which runs no scripts and
 * loads no resources. The console is silent: pages' broken CSS is no concern of ours.
 * Made on first use: loading jsdom takes 0.5–1.7 s, and a start that shows the library needs none
 * of it (the first import, paste or Word file pays it once instead).
 */
export function domWindow(): DOMWindow {
  if (!shared) {
    const { JSDOM, VirtualConsole } = require('jsdom') as typeof import('jsdom');
    shared = new JSDOM('<!DOCTYPE html><html><body></body></html>', {
      virtualConsole: new VirtualConsole(),
    }).window;
  }
  return shared;
}

type ListenerSlot = { addEventListener?: unknown };

/**
 * jsdom 28 gives every new Document a selector engine that adds nine focus/key/mouse listeners to
 * its window and never removes them: every page parsed stayed reachable from the shared window
 * (memory grew page by page) and each new listener was compared with all the earlier ones (each
 * page slower than the last). No event is ever dispatched to these documents, so the listeners
 * are simply not registered while one is made.
 */
export function withoutWindowListeners<T>(make: () => T): T {
  const slot = domWindow() as unknown as ListenerSlot;
  slot.addEventListener = () => undefined;
  try {
    return make();
  } finally {
    delete slot.addEventListener;
  }
}

export function parseDocument(html: string): Document {
  return withoutWindowListeners(() =>
    new (domWindow().DOMParser)().parseFromString(html, 'text/html'),
  );
}

/** In `owner` (the page's own document when there is one: see sanitize.ts for why). */
export function parseFragment(html: string, owner: Document = domWindow().document): HTMLElement {
  const container = owner.createElement('div');
  container.innerHTML = html;
  return container;
}
