/**
 * Images a report may hold, shared by the editor (refuses before reading the file) and main
 * (media.put refuses again: the renderer is not trusted with the limit).
 */
export const MEDIA_MAX_BYTES = 20 * 1024 * 1024;

/** Image kinds recognised by their first bytes, never by the file name or the MIME type sent. */
export const IMAGE_KINDS = [
  { ext: 'png', mime: 'image/png', magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  { ext: 'jpg', mime: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  { ext: 'gif', mime: 'image/gif', magic: [[0x47, 0x49, 0x46, 0x38]] },
  // RIFF....WEBP: the four bytes in between are the size.
  {
    ext: 'webp',
    mime: 'image/webp',
    magic: [[0x52, 0x49, 0x46, 0x46, -1, -1, -1, -1, 0x57, 0x45, 0x42, 0x50]],
  },
] as const;
export type ImageExt = (typeof IMAGE_KINDS)[number]['ext'];

/** The image kind of these bytes (at least the first 12), or null when they are not one we accept. */
export function sniffImage(head: Uint8Array): ImageExt | null {
  for (const kind of IMAGE_KINDS) {
    for (const magic of kind.magic) {
      if (head.length >= magic.length && magic.every((byte, i) => byte < 0 || head[i] === byte))
        return kind.ext;
    }
  }
  return null;
}

/** "31,5 MB" / "31.5 MB": a byte count as people read it, in the UI language's number format. */
export function formatBytes(bytes: number, locale = 'vi'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}
