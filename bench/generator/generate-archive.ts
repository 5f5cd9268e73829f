import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Archive } from '../../main/services/archive';
import type { ArticleDraft } from '../../shared/model';
import { generateArticleDraft } from './generate-article';
import { createRng, type Rng } from './prng';

/** Bump when the generator's output changes, so stale cached archives are not reused. */
const GENERATOR_VERSION = 5;
/** Generated archives record when they were "imported": a fixed instant keeps them identical run to run. */
const GENERATED_AT = new Date('2026-01-15T03:00:00Z');

function seededIds(rng: Rng): () => string {
  return () => Array.from({ length: 12 }, () => rng.int(0, 15).toString(16)).join('');
}

function* drafts(rng: Rng, count: number): Generator<ArticleDraft> {
  for (let i = 0; i < count; i++) yield generateArticleDraft(rng);
}

/**
 * Writes a real archive of `count` synthetic articles into `dir` through the Archive's bulk
 * path. Deterministic: the same count and seed give the same articles, ids and dates.
 */
export async function generateArchive(
  dir: string,
  options: { count: number; seed: number },
): Promise<void> {
  const rng = createRng(options.seed);
  const archive = await Archive.open(dir, {
    now: () => GENERATED_AT,
    newId: seededIds(createRng(options.seed ^ 0x5eed)),
  });
  try {
    await archive.addArticlesBulk(drafts(rng, options.count), { durable: false });
  } finally {
    await archive.close();
  }
}

/**
 * A generated archive cached under the OS temp folder, keyed by count and seed, so the 100,000
 * article one is made once per machine. A `.complete` marker guards against half-made caches.
 */
export async function cachedArchive(count: number, seed: number): Promise<string> {
  const dir = path.join(
    os.tmpdir(),
    'kho-tin-bench',
    `archive-v${GENERATOR_VERSION}-${count}-${seed}`,
  );
  const marker = path.join(dir, '.complete');
  const done = await readFile(marker, 'utf8').then(
    () => true,
    () => false,
  );
  if (done) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await generateArchive(dir, { count, seed });
  await writeFile(marker, new Date().toISOString());
  return dir;
}
