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

/**
 * Every element under root, in document order. Walked by sibling links: spreading a jsdom
 * HTMLCollection goes through its proxy for each index, which made one 500 KB page take
 * seconds per lookup.
 */
export function elementsUnder(root: Document | Element, tag?: string): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  const pushChildren = (parent: Document | Element) => {
    const start = stack.length;
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
      stack.push(child);
    stack.splice(start, stack.length - start, ...stack.slice(start).reverse());
  };
  pushChildren(root);
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (!tag || el.localName === tag) out.push(el);
    pushChildren(el);
  }
  return out;
}

export function findAll(root: Document | Element, p: Pattern): Element[] {
  return elementsUnder(root, p.tag).filter((el) => matches(el, p));
}

export function findFirst(root: Document | Element, p: Pattern): Element | null {
  return findAll(root, p)[0] ?? null;
}

/** Reads patterns written like the simple selectors they stand for: "h1.title", ".sapo", "time", "[itemprop=articleBody]". */
export function pattern(simple: string): Pattern {
  const attr = /^\[([\w-]+)=([\w-]+)\]$/.exec(simple);
  if (attr) return { attr: [attr[1], attr[2]] };
  const [tag, cls] = simple.split('.');
  return { ...(tag ? { tag } : {}), ...(cls ? { cls } : {}) };
}
