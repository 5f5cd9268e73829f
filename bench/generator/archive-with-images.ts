import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Archive } from '../../main/services/archive';
import type { ArticleDraft } from '../../shared/model';
import { generateArticleDraft } from './generate-article';
import { createRng, type Rng } from './prng';

const VERSION = 1;
const GENERATED_AT = new Date('2026-01-15T03:00:00Z');

/** Noise the size of a newspaper photo (JPEG data does not compress either). */
function photoBytes(rng: Rng, size: number): Buffer {
  const words = new Uint32Array(Math.ceil(size / 4));
  // xorshift32 from a seed the archive's generator gives: fast, and the same run to run.
  let x = rng.int(1, 0x7fffffff);
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return Buffer.from(words.buffer, 0, size);
}

/**
 * Articles with `imagesPer` photos each, written into media/ the way storeMedia names them
 * (sha256.ext) but without an fsync per photo: a benchmark fixture, made once and cached.
 */
async function* draftsWithImages(
  rng: Rng,
  dir: string,
  count: number,
  imagesPer: number,
  imageBytes: number,
): AsyncGenerator<ArticleDraft> {
  await mkdir(path.join(dir, 'media'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const draft = generateArticleDraft(rng);
    const images: ArticleDraft['images'] = [];
    let figures = '';
    for (let k = 0; k < imagesPer; k++) {
      const bytes = photoBytes(rng, imageBytes);
      const name = `${createHash('sha256').update(bytes).digest('hex')}.jpg`;
      await writeFile(path.join(dir, 'media', name), bytes);
      const media = `media/${name}`;
      images.push({ media, caption: `Ảnh ${k + 1}`, alt: `Ảnh ${k + 1}`, originalSrc: null });
      figures += `<figure><img src="${media}" alt="Ảnh ${k + 1}"><figcaption>Ảnh ${k + 1}</figcaption></figure>`;
    }
    yield { ...draft, html: draft.html + figures, images };
  }
}

/** A cached synthetic archive whose articles carry photos, for the export benchmark. */
export async function cachedArchiveWithImages(
  count: number,
  options: { seed: number; imagesPer: number; imageBytes: number },
): Promise<string> {
  const dir = path.join(
    os.tmpdir(),
    'kho-tin-bench',
    `images-v${VERSION}-${count}-${options.seed}-${options.imagesPer}x${options.imageBytes}`,
  );
  const marker = path.join(dir, '.complete');
  if (
    await readFile(marker).then(
      () => true,
      () => false,
    )
  )
    return dir;
  await rm(dir, { recursive: true, force: true });
  const rng = createRng(options.seed);
  const archive = await Archive.open(dir, { now: () => GENERATED_AT });
  try {
    await archive.addArticlesBulk(
      draftsWithImages(rng, dir, count, options.imagesPer, options.imageBytes),
      { durable: false },
    );
  } finally {
    await archive.close();
  }
  await writeFile(marker, new Date().toISOString());
  return dir;
}
