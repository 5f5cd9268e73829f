import { elementsUnder } from './dom-find';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleImage } from '../../../shared/model';
import { cleanText } from './html-text';
import { LIMITS } from './limits';

/** Stores image bytes and returns the archive reference `media/<sha>.<ext>`. */
export type MediaSink = (bytes: Uint8Array, ext: string) => Promise<string>;
/** Finds the bytes of an image the page refers to, only where they were saved with it; never the network. */
export type ImageResolver = (src: string) => Promise<Uint8Array | null>;

/** For inspection: computes the reference an image would get, without writing anything. */
export const dryMediaSink: MediaSink = async (bytes, ext) =>
  `media/${createHash('sha256').update(bytes).digest('hex')}.${ext}`;

/** Image formats recognized by their first bytes, whatever the file is called. */
export function sniffImageExt(bytes: Uint8Array): string | null {
  const b = bytes;
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return 'gif';
  if (
    b[0] === 0x52 &&
    b[1] === 0x49 &&
    b[2] === 0x46 &&
    b[3] === 0x46 &&
    b[8] === 0x57 &&
    b[9] === 0x45
  )
    return 'webp';
  if (b[0] === 0x42 && b[1] === 0x4d) return 'bmp';
  return null;
}

/**
 * Images saved beside a page ("page_files/…"). Only relative references that stay inside the
 * page's folder are read: "../../etc/passwd.png" and absolute paths are refused.
 */
export function siblingFileResolver(htmlPath: string): ImageResolver {
  const root = path.dirname(path.resolve(htmlPath));
  return async (src) => {
    if (/^([a-z][a-z0-9+.-]*:|\/|\\)/i.test(src)) return null;
    let relative: string;
    try {
      relative = decodeURIComponent(src.split(/[?#]/)[0]);
    } catch {
      return null;
    }
    const target = path.resolve(root, relative);
    if (!target.startsWith(root + path.sep)) return null;
    try {
      const info = await stat(target);
      if (!info.isFile() || info.size > LIMITS.imageBytes) return null;
      return await readFile(target);
    } catch {
      return null;
    }
  };
}

type ImageWork = { images: ArticleImage[]; remote: number };

/**
 * Replaces every <img> in `root`: a saved image goes to media/ and points there; anything else
 * (remote, data:, missing, not an image) becomes a placeholder figure keeping its caption.
 */
export async function processImages(
  root: HTMLElement,
  resolve: ImageResolver | null,
  store: MediaSink,
): Promise<ImageWork> {
  const work: ImageWork = { images: [], remote: 0 };
  const doc = root.ownerDocument;
  for (const img of elementsUnder(root, 'img')) {
    const src = img.getAttribute('src')?.trim() ?? '';
    const figure = img.closest('figure');
    const caption = cleanText(figure?.getElementsByTagName('figcaption')[0]?.textContent) || null;
    const alt = cleanText(img.getAttribute('alt')) || null;
    const bytes = src && resolve ? await resolve(src) : null;
    const ext = bytes ? sniffImageExt(bytes) : null;
    if (bytes && ext) {
      const media = await store(bytes, ext);
      for (const name of [...img.getAttributeNames()])
        if (name !== 'alt') img.removeAttribute(name);
      img.setAttribute('src', media);
      work.images.push({ media, caption, alt, originalSrc: src.slice(0, 2000) });
      continue;
    }
    if (/^https?:|^\/\//i.test(src)) work.remote++;
    work.images.push({
      media: null,
      caption,
      alt,
      originalSrc: src && !src.startsWith('data:') ? src.slice(0, 2000) : null,
    });
    const placeholder = doc.createElement('figure');
    placeholder.className = 'image-placeholder';
    const label = caption ?? alt;
    if (label) {
      const figcaption = doc.createElement('figcaption');
      figcaption.textContent = label;
      placeholder.append(figcaption);
    }
    (figure ?? img).replaceWith(placeholder);
  }
  return work;
}
