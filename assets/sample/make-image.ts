/**
 * Draws the sample archive's one illustration (a bridge over a river) and writes it as a PNG,
 * so the sample holds an image made for it rather than one taken from somewhere.
 * Run: npx tsx assets/sample/make-image.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const W = 720;
const H = 405;
type RGB = [number, number, number];
const mix = (a: RGB, b: RGB, t: number): RGB => [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * t)) as RGB;

function pixel(x: number, y: number): RGB {
  const hills = 190 + 22 * Math.sin(x / 70) + 12 * Math.sin(x / 23 + 1);
  const riverTop = 255;
  const deck = 228;
  const sun = Math.hypot(x - 560, y - 80);
  if (y < hills) {
    if (sun < 34) return [255, 236, 170];
    return mix([140, 190, 235], [235, 240, 235], y / hills);
  }
  const pier = [140, 290, 440, 590].some((px) => Math.abs(x - px) < 7) && y > deck && y < 300;
  if (pier) return [150, 150, 155];
  if (y >= deck && y < deck + 9) return y < deck + 3 ? [235, 235, 230] : [175, 175, 180];
  const arch = y > deck + 9 && y < deck + 20 && [215, 365, 515].some((cx) => Math.abs(Math.hypot(x - cx, (y - deck - 60) * 1.6) - 75) < 3);
  if (arch) return [200, 200, 205];
  if (y < riverTop) return mix([70, 120, 70], [95, 145, 80], (y - hills) / (riverTop - hills));
  if (y < 330) {
    const ripple = Math.sin(x / 9 + y * 1.3) > 0.93 ? 0.35 : 0;
    return mix([60, 115, 160], [200, 225, 240], ripple + (y - riverTop) / 400);
  }
  const rows = Math.sin(y / 3) > 0.6 ? 0.15 : 0;
  return mix([120, 165, 70], [90, 130, 50], rows + (y - 330) / 200);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

const raw = Buffer.alloc((W * 3 + 1) * H);
for (let y = 0; y < H; y++) {
  raw[y * (W * 3 + 1)] = 0;
  for (let x = 0; x < W; x++) raw.set(pixel(x, y), y * (W * 3 + 1) + 1 + x * 3);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(W, 0);
header.writeUInt32BE(H, 4);
header.set([8, 2, 0, 0, 0], 8);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'cau-ben-da.png'), png);
