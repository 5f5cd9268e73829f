import createDOMPurify, { type Config } from 'dompurify';
import { ARTICLE_ALLOWED_ATTR, ARTICLE_ALLOWED_TAGS } from '../../../shared/html-policy';
import { domWindow, parseFragment } from './dom-window';

/** Classes the importers set themselves; every class from the page is dropped. */
export const OWN_CLASSES = new Set(['lead', 'image-placeholder']);
const MEDIA_SRC = /^media\/[0-9a-f]{64}\.[a-z0-9]{2,5}$/;
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
const DANGEROUS_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'style',
  'link',
  'svg',
  'math',
  'meta',
  'base',
  'textarea',
  'select',
]);

const CONFIG: Config = {
  ALLOWED_TAGS: ARTICLE_ALLOWED_TAGS,
  ALLOWED_ATTR: ARTICLE_ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  WHOLE_DOCUMENT: false,
};

let shared: ReturnType<typeof createDOMPurify> | null = null;

/** Made with the shared jsdom window on first use (see dom-window.ts for why not at load). */
function purifier(): ReturnType<typeof createDOMPurify> {
  if (shared) return shared;
  const purify = createDOMPurify(domWindow() as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const value = data.attrValue.trim();
    if (data.attrName === 'src') data.keepAttr = MEDIA_SRC.test(value);
    else if (data.attrName === 'href') data.keepAttr = SAFE_HREF.test(value);
    else if (data.attrName === 'class') {
      const kept = value.split(/\s+/).filter((name) => OWN_CLASSES.has(name));
      data.attrValue = kept.join(' ');
      data.keepAttr = kept.length > 0;
    }
  });
  return (shared = purify);
}

/**
 * IN_PLACE needs a root DOMPurify allows: a plain <div>. It is made in the element's own document
 * and the children are moved, not imported: DOMPurify registers a NodeIterator in the root's
 * document, and jsdom walks every live iterator of a document on each node removal, so iterators
 * piling up in the shared window's document made each page slower than the one before.
 */
function wrap(element: HTMLElement): HTMLElement {
  if (element.localName === 'div' && element.attributes.length === 0) return element;
  const div = element.ownerDocument.createElement('div');
  div.append(...element.childNodes);
  return div;
}

export type Sanitized = { html: string; root: HTMLElement; removedUnsafe: string[] };

/**
 * The one sanitizer every importer's HTML goes through before it is stored (policy in
 * shared/html-policy.ts): links only to http(s)/mailto, images only from the archive's media/.
 * Sanitizes a string, or a parsed element in place of re-parsing its HTML; also returns the clean DOM.
 */
export function sanitizeHtml(dirty: string | HTMLElement): Sanitized {
  // In place, in the shared window's document: DOMPurify otherwise builds a new jsdom document per
  // call, and jsdom retains part of each (DOMPurify issue #1089), which adds up over a large batch.
  const root = typeof dirty === 'string' ? parseFragment(dirty) : wrap(dirty);
  const purify = purifier();
  purify.sanitize(root, { ...CONFIG, IN_PLACE: true });
  const removedUnsafe = new Set<string>();
  for (const item of purify.removed) {
    if ('element' in item && item.element) {
      const name = item.element.nodeName.toLowerCase();
      if (DANGEROUS_TAGS.has(name)) removedUnsafe.add(name);
    } else if ('attribute' in item && item.attribute) {
      const name = item.attribute.name.toLowerCase();
      if (
        name.startsWith('on') ||
        name === 'style' ||
        /^\s*(javascript|data|vbscript):/i.test(item.attribute.value)
      )
        removedUnsafe.add(`@${name}`);
    }
  }
  return { html: root.innerHTML.normalize('NFC'), root, removedUnsafe: [...removedUnsafe].sort() };
}

/** Sanitizing twice gives the same result; the reader sanitizes again before display. */
export function isSanitized(html: string): boolean {
  return sanitizeHtml(html).html === html;
}
