/**
 * Element lookups without CSS selectors. jsdom 28's selector engine keeps state for every
 * document it has queried, so a batch of thousands of pages grew the heap by ~160 KB a page;
 * walking elements by tag name keeps nothing.
 */
export type Pattern = { tag?: string; cls?: string; attr?: [string, string] };

export function matches(el: Element, p: Pattern): boolean {
  if (p.tag && el.localName !== p.tag) return false;
  if (p.cls && !el.classList.contains(p.cls)) return false;
  if (p.attr && el.getAttribute(p.attr[0]) !== p.attr[1]) return false;
  return true;
}

export function findAll(root: Document | Element, p: Pattern): Element[] {
  return [...root.getElementsByTagName(p.tag ?? '*')].filter((el) => matches(el, p));
}

export function findFirst(root: Document | Element, p: Pattern): Element | null {
  for (const el of root.getElementsByTagName(p.tag ?? '*')) if (matches(el, p)) return el;
  return null;
}

/** Reads patterns written like the simple selectors they stand for: "h1.title", ".sapo", "time", "[itemprop=articleBody]". */
export function pattern(simple: string): Pattern {
  const attr = /^\[([\w-]+)=([\w-]+)\]$/.exec(simple);
  if (attr) return { attr: [attr[1], attr[2]] };
  const [tag, cls] = simple.split('.');
  return { ...(tag ? { tag } : {}), ...(cls ? { cls } : {}) };
}
