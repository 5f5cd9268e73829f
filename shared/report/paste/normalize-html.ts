import { MEDIA_SRC } from '../schema/report-image';

export type NormalizeOptions = {
  /** The text standing in for a picture that is not in the archive ("[Ảnh: …]"). */
  placeholder(alt: string): string;
};

/**
 * Rewrites what Word, Google Docs and web pages express with CSS into the elements the report
 * schema reads, on a parsed DOM, before sanitizing drops the styles: bold/italic/underline/strike
 * spans → <strong>/<em>/<u>/<s>, align="" → text-align, page-break styles → a page break, h4–h6 →
 * h3, pictures not in the archive → a placeholder with their alt text.
 */
export function normalizePastedDom(root: HTMLElement, options: NormalizeOptions): void {
  const doc = root.ownerDocument;
  // Google Docs wraps everything in <b style="font-weight:normal" id="docs-internal-guid-…">.
  for (const wrapper of Array.from(root.querySelectorAll('b[id^="docs-internal-guid"]')))
    unwrap(wrapper);
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[style]')))
    styleToTags(element, doc);
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[align]'))) {
    const align = (element.getAttribute('align') ?? '').toLowerCase();
    if (['left', 'center', 'right', 'justify'].includes(align) && !element.style.textAlign) {
      element.style.textAlign = align;
    }
  }
  for (const cell of Array.from(root.querySelectorAll<HTMLElement>('td[valign], th[valign]'))) {
    const valign = (cell.getAttribute('valign') ?? '').toLowerCase();
    if (['top', 'middle', 'bottom'].includes(valign) && !cell.style.verticalAlign) {
      cell.style.verticalAlign = valign;
    }
  }
  for (const br of Array.from(root.querySelectorAll<HTMLElement>('br'))) {
    if (/break-before:\s*(always|page)/i.test(br.getAttribute('style') ?? '')) {
      const pageBreak = doc.createElement('div');
      pageBreak.setAttribute('data-page-break', '');
      br.replaceWith(pageBreak);
    }
  }
  for (const level of ['h4', 'h5', 'h6']) {
    for (const heading of Array.from(root.querySelectorAll(level))) rename(heading, 'h3');
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (MEDIA_SRC.test(img.getAttribute('src') ?? '')) continue;
    const alt = (img.getAttribute('alt') ?? img.getAttribute('title') ?? '').trim();
    const span = doc.createElement('span');
    span.setAttribute('data-placeholder', '');
    span.textContent = options.placeholder(alt);
    img.replaceWith(span);
  }
  // Word's cell widths: width="213" (px) → colwidth, which the table schema reads.
  for (const cell of Array.from(root.querySelectorAll<HTMLElement>('td[width], th[width]'))) {
    const width = Number.parseInt(cell.getAttribute('width') ?? '', 10);
    if (width > 0 && !cell.hasAttribute('colwidth')) cell.setAttribute('colwidth', String(width));
    cell.removeAttribute('width');
  }
}

function styleToTags(element: HTMLElement, doc: Document): void {
  const style = element.style;
  const wrap: string[] = [];
  const weight = style.fontWeight;
  if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) wrap.push('strong');
  if (style.fontStyle === 'italic' || style.fontStyle === 'oblique') wrap.push('em');
  const decoration = `${style.textDecoration} ${style.textDecorationLine}`;
  if (/underline/.test(decoration)) wrap.push('u');
  if (/line-through/.test(decoration)) wrap.push('s');
  if (style.verticalAlign === 'super') wrap.push('sup');
  if (style.verticalAlign === 'sub') wrap.push('sub');
  if (wrap.length === 0 || !element.firstChild) return;
  // Marks wrap the element's content so block elements (p, td) stay blocks.
  let inner: HTMLElement = element;
  for (const tag of wrap) {
    if (inner.tagName.toLowerCase() === tag) continue;
    const mark = doc.createElement(tag);
    while (inner.firstChild) mark.append(inner.firstChild);
    inner.append(mark);
    inner = mark;
  }
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function rename(element: Element, tag: string): void {
  const replacement = element.ownerDocument.createElement(tag);
  for (const attr of Array.from(element.attributes))
    replacement.setAttribute(attr.name, attr.value);
  while (element.firstChild) replacement.append(element.firstChild);
  element.replaceWith(replacement);
}
