import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Archive } from '../../main/services/archive';
import type { ArticleDraft } from '../../shared/model';
import { generateArticleDraft } from '../generator/generate-article';
import { createRng } from '../generator/prng';

const run = promisify(execFile);

export type TempArchive = { dir: string; remove(): Promise<void> };

/**
 * A private copy of a cached archive: the host takes its lock, marks articles read and makes its
 * daily backup, none of which may touch the cache other benchmarks share. Bodies are hard-linked
 * (the archive replaces files by rename, so the cache's copies are never written through).
 */
export async function copyArchive(source: string): Promise<TempArchive> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-library-bench-'));
  for (const entry of await readdir(source)) {
    if (entry === 'backups' || entry === 'index' || entry === 'lock' || entry.endsWith('.lock'))
      continue;
    const from = path.join(source, entry);
    if (entry === 'items' || entry === 'media')
      await run('cp', ['-al', from, path.join(dir, entry)]);
    else await run('cp', ['-r', from, path.join(dir, entry)]);
  }
  // The archive as the app left it last time: a cache made by an older version is brought to
  // the current layout here, so a one-time migration is not timed as the start; and compacted,
  // as after an import, so the snapshot is in the order this version writes (newest first).
  const archive = await Archive.open(dir);
  await archive.compact();
  await archive.close();
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** One article per requested length, made of the generator's paragraphs, each in its own archive folder. */
export async function longArticleArchive(
  wordCounts: number[],
): Promise<TempArchive & { titles: string[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-long-article-'));
  const archive = await Archive.open(dir);
  const rng = createRng(11);
  const titles: string[] = [];
  try {
    for (const words of wordCounts) {
      const paragraphs: string[] = [];
      let total = 0;
      while (total < words) {
        for (const paragraph of generateArticleDraft(rng).text.split('\n\n')) {
          paragraphs.push(paragraph);
          total += paragraph.split(/\s+/).length;
        }
      }
      const title = `Bài dài ${words} chữ`;
      titles.push(title);
      const draft: ArticleDraft = {
        title,
        category: 'Đo hiệu năng',
        publishedAt: '2025-01-01T08:00:00+07:00',
        site: null,
        sourceUrl: null,
        author: null,
        lead: '',
        html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
        text: paragraphs.join('\n\n'),
        captions: [],
        images: [],
      };
      await archive.addArticle(draft);
    }
  } finally {
    await archive.close();
  }
  return { dir, titles, remove: () => rm(dir, { recursive: true, force: true }) };
}
