import type { Editor } from '@tiptap/core';
import i18next from 'i18next';
import { formatBytes, MEDIA_MAX_BYTES, sniffImage } from '../../../../shared/report/media';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { checkDataPicture, replaceDataPictures } from './extensions/pasted-pictures';

/** Widest an inserted image starts at (the A4 text column at 96 dpi is about 600 px). */
export const MAX_INSERT_WIDTH = 600;

export type ImageRefusal =
  | { reason: 'too-large'; name: string; size: number; limit: number }
  | { reason: 'not-image'; name: string };

/** Checks size first (no reading a 30 MB file to refuse it), then the first bytes. */
export async function checkImageFile(file: File): Promise<ImageRefusal | null> {
  if (file.size > MEDIA_MAX_BYTES)
    return { reason: 'too-large', name: file.name, size: file.size, limit: MEDIA_MAX_BYTES };
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  return sniffImage(head) ? null : { reason: 'not-image', name: file.name };
}

export function refusalMessage(refusal: ImageRefusal): string {
  const t = i18next.getFixedT(null, 'editor');
  const locale = i18next.language || 'vi';
  if (refusal.reason === 'too-large')
    return t('image.tooLarge', {
      name: refusal.name,
      size: formatBytes(refusal.size, locale),
      limit: formatBytes(refusal.limit, locale),
    });
  return t('image.notImage', { name: refusal.name });
}

async function toBase64(file: File): Promise<string> {
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
  return url.slice(url.indexOf(',') + 1);
}

/**
 * Stores each image in the archive's media folder (media.put, by content hash) and inserts it at
 * `at` (or the selection). A refused or failed file is named in a message; the document is left
 * as it was for that file.
 */
export async function insertImageFiles(
  editor: Editor,
  files: File[],
  at: number | null,
): Promise<void> {
  let pos = at;
  for (const file of files) {
    const refusal = await checkImageFile(file);
    if (refusal) {
      showToast({ message: refusalMessage(refusal), tone: 'error' });
      continue;
    }
    try {
      const stored = await api.media.put({ name: file.name, base64: await toBase64(file) });
      if (editor.isDestroyed) return;
      const width =
        stored.width && stored.width > MAX_INSERT_WIDTH ? MAX_INSERT_WIDTH : stored.width;
      const node = {
        type: 'image',
        attrs: { src: stored.src, alt: altOf(file.name), width, caption: '' },
      };
      const chain = editor.chain().focus();
      if (pos !== null && pos <= editor.state.doc.content.size) {
        chain.insertContentAt(pos, node).run();
        pos = null;
      } else chain.insertContent(node).run();
    } catch (error) {
      const t = i18next.getFixedT(null, 'editor');
      showToast({
        message: t('image.failed', { name: file.name, reason: errorText(error) }),
        tone: 'error',
      });
    }
  }
}

/**
 * The data: pictures of a pasted page, checked as picked files are (size, then magic bytes) and
 * stored through media.put; the HTML comes back referring to media/. A refused picture is named
 * in a message and becomes the placeholder the cleaner puts for pictures not in the archive.
 */
export function storePastedPictures(html: string): Promise<string> {
  const t = i18next.getFixedT(null, 'editor');
  let count = 0;
  const store = async (url: string) => {
    const name = t('image.pastedName', { n: ++count });
    const picture = checkDataPicture(url);
    if ('reason' in picture) {
      showToast({ message: refusalMessage({ ...picture, name }), tone: 'error' });
      return null;
    }
    try {
      const stored = await api.media.put({
        name: `${name}.${picture.ext}`,
        base64: picture.base64,
      });
      return { src: stored.src, width: stored.width };
    } catch (error) {
      showToast({ message: t('image.failed', { name, reason: errorText(error) }), tone: 'error' });
      return null;
    }
  };
  return replaceDataPictures(html, store, MAX_INSERT_WIDTH);
}

function altOf(name: string): string {
  return name
    .replace(/\.[a-z0-9]{2,5}$/i, '')
    .replace(/[_-]+/g, ' ')
    .trim();
}
