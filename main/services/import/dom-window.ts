import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * One jsdom window for the whole process. Creating a window costs tens of milliseconds, parsing
 * into an existing one a few: the importers parse with its DOMParser, which runs no scripts and
 * loads no resources. The console is silent: pages' broken CSS is no concern of ours.
 */
export const domWindow = new JSDOM('<!DOCTYPE html><html><body></body></html>', {
  virtualConsole: new VirtualConsole(),
}).window;

export function parseDocument(html: string): Document {
  return new domWindow.DOMParser().parseFromString(html, 'text/html');
}

export function parseFragment(html: string): HTMLElement {
  const container = domWindow.document.createElement('div');
  container.innerHTML = html;
  return container;
}
