import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Archive } from '../main/services/archive';
import { foldVietnamese, splitWords } from '../shared/text/vietnamese';
import { createRng } from './generator/prng';

const QUERY_SEED = 7;

/** Realistic queries: 1–4 consecutive syllables taken from random articles, half typed without marks, half still being typed. */
export async function makeQueries(archive: Archive, count: number): Promise<string[]> {
  const rng = createRng(QUERY_SEED);
  const metas = archive.listArticles();
  const queries: string[] = [];
  while (queries.length < count) {
    const body = await archive.readBody(metas[rng.int(0, metas.length - 1)]!.id);
    const words = splitWords(body?.text ?? '').map((w) => w.text);
    if (words.length < 8) continue;
    const length = 1 + (queries.length % 4);
    const start = rng.int(0, words.length - length);
    const typed = words
      .slice(start, start + length)
      .join(' ')
      .toLowerCase();
    const text = rng.chance(0.5) ? foldVietnamese(typed) : typed;
    queries.push(rng.chance(0.5) ? `${text} ` : text);
  }
  return queries;
}

/** What a user does without the index: grep the body files for the words as typed, with marks. */
export async function grepBaseline(
  archiveDir: string,
  queries: string[],
): Promise<{ medianMs: number; samples: number[] }> {
  const run = promisify(execFile);
  const grep = (q: string) =>
    run('grep', ['-rliF', '--', q, path.join(archiveDir, 'items')], { maxBuffer: 64 << 20 }).catch(
      () => undefined,
    );
  await grep(queries[0]!);
  const samples: number[] = [];
  for (const query of queries) {
    const t0 = performance.now();
    await grep(query.trim());
    samples.push(Math.round(performance.now() - t0));
  }
  return { medianMs: [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!, samples };
}
