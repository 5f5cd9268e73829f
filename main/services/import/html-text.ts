import { parseFragment } from './dom-window';
import { toNfc } from '../../../shared/text/vietnamese';

export { parseFragment } from './dom-window';

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, figcaption, blockquote, pre, tr, caption';

/** Plain text of sanitized HTML: one paragraph per block, separated by blank lines. */
export function htmlToText(html: string | HTMLElement): string {
  const root = typeof html === 'string' ? parseFragment(html) : html;
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
  const parts = blocks.length > 0 ? blocks.map((el) => blockText(el)) : [root.textContent ?? ''];
  return toNfc(
    parts
      .map((part) => part.replace(/[\u00a0\s]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n'),
  );
}

function blockText(el: Element): string {
  if (el.tagName === 'TR') return [...el.children].map((cell) => cell.textContent?.trim() ?? '').join(' | ');
  return el.textContent ?? '';
}

export function cleanText(text: string | null | undefined): string {
  return toNfc((text ?? '').replace(/[\u00a0\s]+/g, ' ').trim());
}
