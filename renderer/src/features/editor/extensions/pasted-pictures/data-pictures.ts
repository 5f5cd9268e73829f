import { MEDIA_MAX_BYTES, sniffImage, type ImageExt } from '../../../../../../shared/report/media';

/**
 * Pictures that web pages and Word put inline in copied HTML as data: URLs. They are found in
 * the HTML text itself, not through a DOM: the paste may be a bomb that the cleaner must be the
 * first to look at.
 */
const IMG_WITH_DATA_SRC =
  /<img\b[^>]*?\bsrc\s*=\s*(?:"(data:[^"]*)"|'(data:[^']*)'|(data:[^\s>]*))[^>]*>/gi;

export type DataPicture = { url: string; base64: string; size: number; ext: ImageExt };
export type DataPictureRefusal =
  { reason: 'too-large'; size: number; limit: number } | { reason: 'not-image' };
/** What became of one picture: stored in media/ (its src and natural width), or left out. */
export type StoredPicture = { src: string; width: number | null } | null;

export function hasDataPictures(html: string): boolean {
  // Not the global pattern: test() would leave its lastIndex behind for the next matchAll.
  return new RegExp(IMG_WITH_DATA_SRC.source, 'i').test(html);
}

/**
 * Size from the length, before anything is decoded; then the first bytes, never the MIME type
 * the page claims. Only base64 pictures: a URL-encoded one is SVG or text, not a picture we take.
 */
export function checkDataPicture(url: string): DataPicture | DataPictureRefusal {
  const comma = url.indexOf(',');
  const header = url.slice(0, comma).toLowerCase();
  if (comma < 0 || !header.split(';').includes('base64')) return { reason: 'not-image' };
  const base64 = url.slice(comma + 1).replace(/\s+/g, '');
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const size = Math.max(0, Math.floor((base64.length * 3) / 4) - padding);
  if (size > MEDIA_MAX_BYTES) return { reason: 'too-large', size, limit: MEDIA_MAX_BYTES };
  let head: Uint8Array;
  try {
    head = Uint8Array.from(atob(base64.slice(0, 24)), (ch) => ch.charCodeAt(0));
  } catch {
    return { reason: 'not-image' };
  }
  const ext = sniffImage(head);
  return ext ? { url, base64, size, ext } : { reason: 'not-image' };
}

/**
 * The HTML with each data: picture stored by `store` (once per distinct picture, in order) and
 * its src replaced by the media reference; a picture `store` leaves out keeps its data: src, which
 * the paste cleaner then turns into the usual "[Ảnh: …]" placeholder.
 */
export async function replaceDataPictures(
  html: string,
  store: (url: string) => Promise<StoredPicture>,
  maxWidth: number,
): Promise<string> {
  const stored = new Map<string, StoredPicture>();
  for (const match of html.matchAll(IMG_WITH_DATA_SRC)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    if (!stored.has(url)) stored.set(url, await store(url));
  }
  return html.replace(IMG_WITH_DATA_SRC, (tag: string, ...groups: (string | undefined)[]) => {
    const url = groups[0] ?? groups[1] ?? groups[2] ?? '';
    const picture = stored.get(url);
    if (!picture) return tag;
    const withSrc = tag.replace(url, picture.src);
    // A page's picture without a width would start at its natural size, wider than the page.
    if (/\bwidth\s*=/i.test(withSrc) || !picture.width) return withSrc;
    return withSrc.replace(/^<img\b/i, `<img width="${Math.min(picture.width, maxWidth)}"`);
  });
}
