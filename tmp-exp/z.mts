import { readFileSync, readdirSync } from 'node:fs';
import zlib from 'node:zlib';
import { foldVietnamese } from '/work/wt/scale/shared/text/vietnamese';
const root = '/tmp/kho-tin-bench/archive-v3-100000-42/items';
const files: string[] = [];
for (const d of readdirSync(root).slice(0, 40)) for (const f of readdirSync(`${root}/${d}`).slice(0, 50)) files.push(`${root}/${d}/${f}`);
const bodies = files.map(f => JSON.parse(readFileSync(f, 'utf8')));
let raw = 0, rawF = 0, dT = 0, dF = 0, bT = 0, bF = 0, fileBytes = 0;
const cT: Buffer[] = [], cF: Buffer[] = [];
for (const b of bodies) {
  fileBytes += Buffer.byteLength(JSON.stringify(b));
  const t = Buffer.from(b.text); const f = Buffer.from(foldVietnamese(b.text));
  raw += t.length; rawF += f.length;
  const zt = zlib.deflateRawSync(t, { level: 6 }); const zf = zlib.deflateRawSync(f, { level: 6 });
  dT += zt.length; dF += zf.length; cT.push(zt); cF.push(zf);
  bT += zlib.brotliCompressSync(t, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }).length;
  bF += zlib.brotliCompressSync(f, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }).length;
}
console.log({ n: bodies.length, fileBytes, raw, rawF, dT, dF, bT, bF, ratioDeflate: (dT + dF) / (raw + rawF), ratioBrotli: (bT + bF) / (raw + rawF) });
let t0 = performance.now(); for (const z of cF) zlib.inflateRawSync(z).toString('utf8'); const inflF = (performance.now() - t0) / cF.length;
t0 = performance.now(); for (const z of cT) zlib.inflateRawSync(z).toString('utf8'); const inflT = (performance.now() - t0) / cT.length;
t0 = performance.now(); for (const b of bodies) foldVietnamese(b.text); const fold = (performance.now() - t0) / bodies.length;
console.log({ inflateFoldedMs: inflF, inflateTextMs: inflT, foldMs: fold });
{
  const texts = bodies.map(b => b.text as string);
  const dictSrc = Buffer.from(texts.slice(0, 40).join('\n'));
  const dict = dictSrc.subarray(dictSrc.length - 32768);
  const fdictSrc = Buffer.from(foldVietnamese(texts.slice(0, 40).join('\n')));
  const fdict = fdictSrc.subarray(fdictSrc.length - 32768);
  let a = 0, b = 0; const zs: Buffer[] = [];
  for (const t of texts.slice(100)) {
    const z1 = zlib.deflateRawSync(Buffer.from(t), { level: 9, dictionary: dict }); a += z1.length; zs.push(z1);
    b += zlib.deflateRawSync(Buffer.from(foldVietnamese(t)), { level: 9, dictionary: fdict }).length;
  }
  const rawT = texts.slice(100).reduce((s, t) => s + Buffer.byteLength(t), 0);
  const rawF2 = texts.slice(100).reduce((s, t) => s + Buffer.byteLength(foldVietnamese(t)), 0);
  console.log('dict level9', { textRatio: a / rawT, foldRatio: b / rawF2, perArticle: (a + b) / (texts.length - 100) });
  let t0 = performance.now(); for (const z of zs) zlib.inflateRawSync(z, { dictionary: dict }); console.log('inflate dict ms', (performance.now() - t0) / zs.length);
  // block of 16
  let c = 0;
  for (let i = 100; i < texts.length; i += 16) c += zlib.brotliCompressSync(Buffer.from(texts.slice(i, i + 16).join('\n')), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_LGWIN]: 22 } }).length;
  console.log('brotli block16 text ratio', c / rawT);
}
