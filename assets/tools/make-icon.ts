import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/**
 * Draws the app icon (a printed page on the red of the provincial office) and writes
 * assets/icon.png (512×512) and assets/icon.ico (16–256 px, PNG-compressed entries).
 * Written by hand with node:zlib so no image tool is needed: `npx tsx assets/tools/make-icon.ts [outDir]`.
 */
type Rgba = readonly [number, number, number, number];
type Shape = { color: Rgba; contains(x: number, y: number): boolean };

const RED: Rgba = [198, 40, 40, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GREY: Rgba = [150, 150, 150, 255];
const GOLD: Rgba = [255, 202, 40, 255];

function roundedRect(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
  color: Rgba,
): Shape {
  return {
    color,
    contains(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
      const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
      return dx * dx + dy * dy <= r * r;
    },
  };
}

function star(cx: number, cy: number, outer: number, color: Rgba): Shape {
  const inner = outer * 0.382;
  const points = Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? outer : inner;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)] as const;
  });
  return {
    color,
    contains(x, y) {
      let inside = false;
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const [xi, yi] = points[i]!;
        const [xj, yj] = points[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    },
  };
}

/** Back to front, in a unit square. */
const SHAPES: Shape[] = [
  roundedRect(0.04, 0.04, 0.96, 0.96, 0.18, RED),
  roundedRect(0.25, 0.16, 0.75, 0.84, 0.03, WHITE),
  star(0.36, 0.3, 0.07, GOLD),
  roundedRect(0.46, 0.26, 0.67, 0.34, 0.01, RED),
  ...[0.46, 0.55, 0.64].map((y) => roundedRect(0.33, y, 0.67, y + 0.04, 0.01, GREY)),
  roundedRect(0.33, 0.73, 0.55, 0.77, 0.01, GREY),
];

/** RGBA pixels, each the average of 4×4 samples so edges are smooth at every size. */
export function renderIcon(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          const hit = SHAPES.findLast((shape) => shape.contains(x, y));
          if (!hit) continue;
          for (let c = 0; c < 3; c++) sum[c]! += hit.color[c]! * hit.color[3];
          sum[3]! += hit.color[3];
        }
      }
      const alpha = sum[3]!;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = alpha ? Math.round(sum[c]! / alpha) : 0;
      pixels[offset + 3] = Math.round(alpha / (n * n));
    }
  }
  return pixels;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An .ico whose entries are PNGs (valid since Windows Vista); a 256 entry is what the installer needs. */
export function encodeIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

export async function writeIcons(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const png = (size: number) => encodePng(size, renderIcon(size));
  await writeFile(path.join(outDir, 'icon.png'), png(512));
  await writeFile(
    path.join(outDir, 'icon.ico'),
    encodeIco(ICO_SIZES.map((size) => ({ size, png: png(size) }))),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await writeIcons(process.argv[2] ?? path.resolve(import.meta.dirname, '..'));
}
