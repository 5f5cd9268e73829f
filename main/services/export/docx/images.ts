import { readFile } from 'node:fs/promises';
import path from 'node:path';

export type ImageData = {
  type: 'png' | 'jpg' | 'gif' | 'bmp';
  data: Buffer;
  width: number;
  height: number;
};

/** Pixel size and format of a PNG, JPEG, GIF or BMP from its header; null for anything else (WebP, SVG). */
export function probeImage(data: Buffer): Omit<ImageData, 'data'> | null {
  if (data.length > 24 && data.readUInt32BE(0) === 0x89504e47) {
    return { type: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data.length > 10 && data.toString('latin1', 0, 3) === 'GIF') {
    return { type: 'gif', width: data.readUInt16LE(6), height: data.readUInt16LE(8) };
  }
  if (data.length > 26 && data.toString('latin1', 0, 2) === 'BM') {
    return { type: 'bmp', width: data.readInt32LE(18), height: Math.abs(data.readInt32LE(22)) };
  }
  if (data.length > 4 && data[0] === 0xff && data[1] === 0xd8) return probeJpeg(data);
  return null;
}

function probeJpeg(data: Buffer): Omit<ImageData, 'data'> | null {
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1]!;
    const length = data.readUInt16BE(offset + 2);
    // Start-of-frame markers (baseline, progressive…) carry the size; DHT, JPG and DAC do not.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return {
        type: 'jpg',
        height: data.readUInt16BE(offset + 5),
        width: data.readUInt16BE(offset + 7),
      };
    }
    offset += 2 + length;
  }
  return null;
}

/**
 * Reads an image of the report from <archive>/media/. Only the file name of `src` is used, so
 * a crafted src cannot reach outside the media folder.
 */
export async function loadImage(mediaDir: string, src: unknown): Promise<ImageData | null> {
  if (typeof src !== 'string' || !src.startsWith('media/')) return null;
  const name = path.basename(src);
  if (!/^[\w.-]+$/.test(name)) return null;
  const data = await readFile(path.join(mediaDir, name)).catch(() => null);
  if (!data) return null;
  const info = probeImage(data);
  return info && info.width > 0 && info.height > 0 ? { ...info, data } : null;
}

/** Display size in px at 96 dpi: the editor's width if set, never wider than the text, ratio kept. */
export function fitImage(image: ImageData, wantedWidth: unknown, maxWidthPx: number) {
  const asked = typeof wantedWidth === 'number' && wantedWidth > 0 ? wantedWidth : image.width;
  const width = Math.min(asked, maxWidthPx);
  return { width: Math.round(width), height: Math.round((width * image.height) / image.width) };
}
