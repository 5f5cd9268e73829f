import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { Archive } from '../../main/services/archive';
import type { ArticleBody, ArticleMeta } from '../../shared/model';

/** The naive design the archive is measured against: everything, bodies included, in one lowdb file. */
export type BaselineData = {
  articles: (ArticleMeta & { body: ArticleBody | null })[];
  reports: { id: string; title: string; content: unknown }[];
};

/**
 * V8 cannot hold a string past about 512 MB, and lowdb reads and writes its file as one string,
 * so beyond that the baseline does not work at all.
 */
export const BASELINE_LIMIT_BYTES = 500 * 1024 * 1024;

/** Builds (once, cached beside the archive) baseline.json holding the same articles as `archiveDir`. */
export async function baselineFor(archiveDir: string): Promise<string> {
  const file = path.join(
    path.dirname(archiveDir),
    `${path.basename(archiveDir)}-baseline`,
    'db.json',
  );
  const exists = await stat(file).then(
    () => true,
    () => false,
  );
  if (exists) return file;
  await mkdir(path.dirname(file), { recursive: true });
  const archive = await Archive.open(archiveDir, { readOnly: true });
  const articles: BaselineData['articles'] = [];
  for (const meta of archive.listArticles()) {
    const body = JSON.parse(
      await readFile(
        path.join(archiveDir, 'items', meta.id.slice(0, 2), `${meta.id}.json`),
        'utf8',
      ),
    ) as ArticleBody;
    articles.push({ ...meta, body });
  }
  await archive.close();
  const db = new Low<BaselineData>(new JSONFile(file), { articles, reports: [] });
  await db.write();
  return file;
}

export async function openBaseline(file: string): Promise<Low<BaselineData>> {
  const db = new Low<BaselineData>(new JSONFile(file), { articles: [], reports: [] });
  await db.read();
  return db;
}
