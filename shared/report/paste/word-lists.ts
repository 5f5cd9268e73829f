/**
 * Word does not paste lists as <ul>/<ol>: each item is a <p style="mso-list:l0 level2 lfo1">
 * whose marker ("1.", "a)", "·", "-") sits in a <span style="mso-list:Ignore"> inside
 * downlevel-revealed conditional comments. This turns runs of such paragraphs back into
 * nested lists of the report's kinds, on a parsed DOM (browser or jsdom), before sanitizing.
 */

type ListKind = { ordered: boolean; type: string; listStyle: string };

const MSO_LIST = /mso-list:\s*(l\d+)\s+level(\d+)/i;

export function convertWordLists(root: HTMLElement): void {
  const items = Array.from(root.querySelectorAll<HTMLElement>('p, h1, h2, h3, h4, h5, h6')).filter(
    (element) => MSO_LIST.test(element.getAttribute('style') ?? ''),
  );
  const done = new Set<HTMLElement>();
  for (const first of items) {
    if (done.has(first)) continue;
    const run: HTMLElement[] = [];
    for (let node: Element | null = first; node; node = nextElement(node)) {
      if (!MSO_LIST.test(node.getAttribute('style') ?? '')) break;
      run.push(node as HTMLElement);
      done.add(node as HTMLElement);
    }
    buildLists(run);
  }
}

function nextElement(element: Element): Element | null {
  let next = element.nextSibling;
  // Text between items is only whitespace (line breaks in Word's HTML).
  while (next && next.nodeType !== 1) {
    if ((next.textContent ?? '').trim()) return null;
    next = next.nextSibling;
  }
  return next as Element | null;
}

function buildLists(run: HTMLElement[]): void {
  const doc = run[0]!.ownerDocument;
  const stack: { list: HTMLElement; level: number }[] = [];
  const anchor = run[0]!;
  let top: HTMLElement | null = null;
  for (const item of run) {
    const level = Number(MSO_LIST.exec(item.getAttribute('style') ?? '')?.[2] ?? 1);
    const kind = takeMarker(item);
    while (stack.length > 0 && stack[stack.length - 1]!.level > level) stack.pop();
    let current = stack[stack.length - 1];
    if (!current || current.level < level) {
      const list = makeList(doc, kind);
      if (current) {
        const lastItem =
          current.list.lastElementChild ?? current.list.appendChild(doc.createElement('li'));
        lastItem.append(list);
      } else top = list;
      current = { list, level };
      stack.push(current);
    }
    const li = doc.createElement('li');
    const p = doc.createElement('p');
    while (item.firstChild) p.append(item.firstChild);
    li.append(p);
    current.list.append(li);
  }
  anchor.before(top!);
  for (const item of run) item.remove();
}

function makeList(doc: Document, kind: ListKind): HTMLElement {
  const list = doc.createElement(kind.ordered ? 'ol' : 'ul');
  if (kind.ordered) list.setAttribute('type', kind.type);
  else if (kind.listStyle === 'dash') list.setAttribute('data-list-style', 'dash');
  return list;
}

/** Removes the marker span and says what kind of list its text belongs to. */
function takeMarker(item: HTMLElement): ListKind {
  const marker = Array.from(item.querySelectorAll<HTMLElement>('span')).find((span) =>
    /mso-list:\s*Ignore/i.test(span.getAttribute('style') ?? ''),
  );
  const text = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  marker?.remove();
  return markerKind(text);
}

export function markerKind(marker: string): ListKind {
  const bullet = { ordered: false, type: '1', listStyle: 'disc' };
  if (/^[-–—]$/.test(marker)) return { ...bullet, listStyle: 'dash' };
  if (/^[ivxlc]+[.)]$/.test(marker) && marker.length > 2)
    return { ordered: true, type: 'i', listStyle: '' };
  if (/^[IVXLC]+[.)]$/.test(marker)) return { ordered: true, type: 'I', listStyle: '' };
  if (/^[a-zđ][.)]$/i.test(marker)) return { ordered: true, type: 'a', listStyle: '' };
  if (/^\d+[.)]$/.test(marker)) return { ordered: true, type: '1', listStyle: '' };
  return bullet;
}
