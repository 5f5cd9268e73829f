/** What the first bytes of an image say: its type and, where the header gives them, its size in pixels. */
export type ImageInfo = {
  ext: 'png' | 'jpg' | 'gif' | 'webp';
  width: number | null;
  height: number | null;
};

const positive = (n: number) => (Number.isFinite(n) && n > 0 ? n : null);

/**
 * Recognises PNG, JPEG, GIF and WebP by their magic bytes (the file name is never trusted)
 * and reads the dimensions from the header. Null: not an image this app stores.
 */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (start: number, length: number) =>
    String.fromCharCode(...bytes.subarray(start, start + length));
  if (bytes.length >= 24 && ascii(1, 3) === 'PNG' && bytes[0] === 0x89 && ascii(12, 4) === 'IHDR')
    return {
      ext: 'png',
      width: positive(view.getUint32(16)),
      height: positive(view.getUint32(20)),
    };
  if (bytes.length >= 10 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a'))
    return {
      ext: 'gif',
      width: positive(view.getUint16(6, true)),
      height: positive(view.getUint16(8, true)),
    };
  if (bytes.length >= 16 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP')
    return { ext: 'webp', ...webpSize(bytes, view, ascii(12, 4)) };
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { ext: 'jpg', ...jpegSize(bytes, view) };
  return null;
}

type Size = { width: number | null; height: number | null };
const UNKNOWN: Size = { width: null, height: null };

function webpSize(bytes: Uint8Array, view: DataView, chunk: string): Size {
  if (chunk === 'VP8X' && bytes.length >= 30) {
    const w = 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16));
    const h = 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16));
    return { width: w, height: h };
  }
  if (chunk === 'VP8 ' && bytes.length >= 30)
    return {
      width: positive(view.getUint16(26, true) & 0x3fff),
      height: positive(view.getUint16(28, true) & 0x3fff),
    };
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return UNKNOWN;
}

/** Walks the JPEG segments to the first start-of-frame marker, which holds the size. */
function jpegSize(bytes: Uint8Array, view: DataView): Size {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return UNKNOWN;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame)
      return {
        height: positive(view.getUint16(offset + 5)),
        width: positive(view.getUint16(offset + 7)),
      };
    offset += 2 + view.getUint16(offset + 2);
  }
  return UNKNOWN;
}
