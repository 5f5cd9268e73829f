import { parseFragment } from './dom-window';
import { toNfc } from '../../../shared/text/vietnamese';

export { parseFragment } from './dom-window';

const BLOCKS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'figcaption',
  'blockquote',
  'pre',
  'tr',
  'caption',
]);

/** Outermost block elements, in document order (a <p> inside an <li> belongs to the <li>). */
function outerBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (BLOCKS.has(child.localName)) out.push(child);
      else visit(child);
    }
  };
  visit(root);
  return out;
}

/** Plain text of sanitized HTML: one paragraph per block, separated by blank lines. */
export function htmlToText(html: string | HTMLElement): string {
  const root = typeof html === 'string' ? parseFragment(html) : html;
  const blocks = outerBlocks(root);
  const parts = blocks.length > 0 ? blocks.map((el) => blockText(el)) : [root.textContent ?? ''];
  return toNfc(
    parts
      .map((part) => part.replace(/[\u00a0\s]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n'),
  );
}

function blockText(el: Element): string {
  if (el.tagName === 'TR')
    return [...el.children].map((cell) => cell.textContent?.trim() ?? '').join(' | ');
  return el.textContent ?? '';
}

export function cleanText(text: string | null | undefined): string {
  return toNfc((text ?? '').replace(/[\u00a0\s]+/g, ' ').trim());
}
