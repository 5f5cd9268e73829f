import DOMPurify from 'dompurify';
import { ARTICLE_ALLOWED_ATTR, ARTICLE_ALLOWED_TAGS } from '../../../../shared/html-policy';
import { mediaUrl } from './media-url';

/**
 * The stored HTML was sanitized on import; it is sanitized again here, in the page, before it is
 * shown (defence in depth: an archive can be edited by hand or come from an older version).
 * Images load only from the archive's media folder; links keep their address for the
 * confirm-before-opening dialog and never navigate the app.
 */
const CONFIG = {
  ALLOWED_TAGS: ARTICLE_ALLOWED_TAGS,
  ALLOWED_ATTR: ARTICLE_ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

export function sanitizeBody(html: string, shell: { electron: boolean; token: string }): string {
  const fragment = DOMPurify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  for (const img of Array.from(fragment.querySelectorAll('img'))) {
    const url = mediaUrl(img.getAttribute('src') ?? '', shell);
    if (url) {
      img.setAttribute('src', url);
      img.setAttribute('loading', 'lazy');
    } else img.remove();
  }
  for (const link of Array.from(fragment.querySelectorAll('a'))) {
    const href = link.getAttribute('href') ?? '';
    if (!SAFE_HREF.test(href)) link.removeAttribute('href');
  }
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}
