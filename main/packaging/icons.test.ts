import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICO_SIZES, writeIcons } from '../../assets/tools/make-icon';
import { makeTempFolder } from '../../test-support/temp-folder';

const assets = path.resolve(import.meta.dirname, '../../assets');

/** Width, height and RGBA rows of a PNG written by make-icon (8-bit RGBA, filter 0 on every row). */
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
  const alpha = (x: number, y: number) => rows[y * (width * 4 + 1) + 1 + x * 4 + 3];
  return { width, height, alpha };
}

function icoEntries(ico: Buffer) {
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ({
    size: ico.readUInt8(6 + i * 16) || 256,
    bytes: ico.readUInt32LE(6 + i * 16 + 8),
  }));
}

describe('the app icon', () => {
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  beforeAll(async () => {
    folder = await makeTempFolder();
    await writeIcons(folder.dir);
  });
  afterAll(() => folder.remove());

  it('is exactly what assets/tools/make-icon.ts draws (regenerate with it, do not hand-edit)', async () => {
    for (const name of ['icon.png', 'icon.ico']) {
      const committed = await readFile(path.join(assets, name));
      const fresh = await readFile(path.join(folder.dir, name));
      expect(committed.equals(fresh), name).toBe(true);
    }
  });

  it('is a 512×512 PNG with transparent rounded corners and an opaque middle', async () => {
    const png = decodePng(await readFile(path.join(assets, 'icon.png')));
    expect([png.width, png.height]).toEqual([512, 512]);
    expect(png.alpha(0, 0)).toBe(0);
    expect(png.alpha(256, 256)).toBe(255);
  });

  it('has every Windows size up to the 256 px the installer requires', async () => {
    const entries = icoEntries(await readFile(path.join(assets, 'icon.ico')));
    expect(entries.map((entry) => entry.size)).toEqual([...ICO_SIZES]);
    expect(entries.every((entry) => entry.bytes > 0)).toBe(true);
  });
});
