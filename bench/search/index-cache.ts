/**
 * The search benchmark's built index, cached beside the generated archive: a 100,000-article
 * build takes minutes on shared cores, and most changes (the query path) leave what is built
 * the same. The cache is keyed by the contents of the files that decide what is on disk, so a
 * change to the analyzer, the postings or the text store's version builds afresh.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Archive } from '../../main/services/archive';
import { saveIndex } from '../../main/services/search/index-files';
import { buildIndex } from '../../main/services/search/index-sync';
import { TextStore } from '../../main/services/search/text-store';
import { mb, round } from './stats';

const searchDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../main/services/search',
);
/** What is written: the analyzer, the postings and their files, and the text store's version. */
const FORMAT_FILES = [
  'analyzer.ts',
  'compact.ts',
  'doc-table.ts',
  'index-files.ts',
  'postings.ts',
  'text-dictionary.ts',
  'text-codec.ts',
  'text-store-file.ts',
  'text-store-record.ts',
  'text-store-pending.ts',
];

export type BuildFigures = {
  ms: number;
  terms: number;
  postings: number;
  sizeOnDiskMb: number;
  textStoreMb: number;
  archiveMb: number;
  indexAndTextsOverArchive: number;
  cached: boolean;
};

/** A short hash of what decides the index's and the text store's files: a cache key. */
export async function formatKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of FORMAT_FILES) hash.update(await readFile(path.join(searchDir, file)));
  // The text store's reading code may change freely; what it writes is versioned.
  const store = await readFile(path.join(searchDir, 'text-store.ts'), 'utf8');
  hash.update(/const STORE_VERSION = \d+/.exec(store)?.[0] ?? store);
  return hash.digest('hex').slice(0, 10);
}

const isTextStore = (name: string) => name.startsWith('texts.');

async function folderSize(dir: string, only: (name: string) => boolean): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir))
    if (only(name)) total += (await stat(path.join(dir, name))).size;
  return total;
}

/** Bytes of the archive's own files (catalogue, journals, bodies, media), without index and backups. */
function archiveBytes(dir: string): number {
  const du = spawnSync('du', ['-sb', '--exclude=index', '--exclude=backups', dir], {
    encoding: 'utf8',
  });
  return Number(du.stdout.split('\t')[0]);
}

async function build(archiveDir: string, indexDir: string) {
  const archive = await Archive.open(archiveDir, { readOnly: true });
  try {
    const names = new Map(archive.listCategories().map((c) => [c.id, c.name]));
    const t0 = performance.now();
    // A full build, as the rebuild worker makes it.
    const store = await TextStore.open(indexDir, true);
    const categoryName = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    const index = await buildIndex(archive, categoryName, {}, (m, b) => store.put(m, b));
    await store.close();
    const ms = Math.round(performance.now() - t0);
    const manifest = await saveIndex(indexDir, index);
    return { ms, terms: manifest.terms, postings: manifest.postings };
  } finally {
    await archive.close();
  }
}

/**
 * Copies the cached index for `archiveDir` into `indexDir`, building it first when the cache
 * is missing or was made by other code (`fresh`: always build). The copy keeps the cache
 * pristine whatever the service writes beside it.
 */
export async function preparedIndex(
  archiveDir: string,
  indexDir: string,
  fresh: boolean,
): Promise<BuildFigures> {
  const cacheDir = `${archiveDir}-index-${await formatKey()}`;
  const figuresFile = path.join(cacheDir, '.build.json');
  let figures = fresh
    ? null
    : await readFile(figuresFile, 'utf8').then(
        (text) => JSON.parse(text) as Omit<BuildFigures, 'cached'>,
        () => null,
      );
  const cached = figures !== null;
  if (!figures) {
    await rm(cacheDir, { recursive: true, force: true });
    const built = await build(archiveDir, cacheDir);
    const sizeOnDiskMb = mb(await folderSize(cacheDir, (name) => !isTextStore(name)));
    const textStoreMb = mb(await folderSize(cacheDir, isTextStore));
    const archiveMb = mb(archiveBytes(archiveDir));
    figures = {
      ...built,
      sizeOnDiskMb,
      textStoreMb,
      archiveMb,
      indexAndTextsOverArchive: round((sizeOnDiskMb + textStoreMb) / Math.max(1, archiveMb)),
    };
    await writeFile(figuresFile, JSON.stringify(figures));
  }
  await cp(cacheDir, indexDir, { recursive: true });
  await rm(path.join(indexDir, '.build.json'), { force: true });
  return { ...figures, cached };
}
