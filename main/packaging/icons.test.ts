import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICO_SIZES, renderIcon } from '../../assets/tools/make-icon';

const assets = path.resolve(import.meta.dirname, '../../assets');

/** Size and RGBA pixels of a PNG written by make-icon (8-bit RGBA, filter 0 on every row). */
function decodePng(png: Buffer) {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT')
      chunks.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const rows = inflateSync(Buffer.concat(chunks));
  const stride = width * 4 + 1;
  const pixels = Buffer.concat(
    Array.from({ length: height }, (_, y) => rows.subarray(y * stride + 1, (y + 1) * stride)),
  );
  return {
    width,
    height,
    pixels,
    alpha: (x: number, y: number) => pixels[(y * width + x) * 4 + 3],
  };
}

function icoImages(ico: Buffer) {
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + i * 16;
    const png = ico.subarray(
      ico.readUInt32LE(entry + 12),
      ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
    );
    return { size: ico.readUInt8(entry) || 256, png: decodePng(png) };
  });
}

/** Pixels, not bytes, are compared: zlib's compressed output may differ between Node versions. */
describe('the app icon', () => {
  it('is a 512×512 PNG of exactly what assets/tools/make-icon.ts draws (regenerate, never hand-edit)', async () => {
    const png = decodePng(await readFile(path.join(assets, 'icon.png')));
    expect([png.width, png.height]).toEqual([512, 512]);
    expect(png.pixels.equals(renderIcon(512))).toBe(true);
  });

  it('has transparent rounded corners and an opaque middle', async () => {
    const png = decodePng(await readFile(path.join(assets, 'icon.png')));
    expect(png.alpha(0, 0)).toBe(0);
    expect(png.alpha(256, 256)).toBe(255);
  });

  it('has every Windows size up to the 256 px the installer requires, each drawn at its size', async () => {
    const images = icoImages(await readFile(path.join(assets, 'icon.ico')));
    expect(images.map((image) => image.size)).toEqual([...ICO_SIZES]);
    for (const { size, png } of images) {
      expect([png.width, png.height], `${size}`).toEqual([size, size]);
      expect(png.pixels.equals(renderIcon(size)), `${size}`).toBe(true);
    }
  });
});
