/**
 * FlexSearch 0.8 side by side with the hand-written index (bench/search.bench.ts): the same
 * articles, the same folded text, the same word queries, in the same run. Runs in its own child
 * process so its memory is measured apart. FlexSearch gets what the hand-written index needs
 * for a result page, minus mark ranking, fields and filters: folded words, AND, prefix of the
 * word being typed (tokenize "forward"), the first 20 ids.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Index } from 'flexsearch';
import { Archive } from '../main/services/archive';
import { TextStore } from '../main/services/search/text-store';
import { foldVietnamese } from '../shared/text/vietnamese';
import type { QuerySets } from './search/stats';

export type FlexReport = {
  documents: number;
  addMs: number;
  exportMs: number;
  sizeOnDiskMb: number;
  loadMs: number;
  rssMb: number;
  p50: number;
  p95: number;
  meanTotal: number;
};

const round = (n: number) => Math.round(n * 100) / 100;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const options = { tokenize: 'forward', encoder: 'Exact', resolution: 9 } as const;

/** Every article's folded text, as the hand-written index sees it (title, lead, body, captions, author, category). */
async function corpus(archiveDir: string, indexDir: string): Promise<string[]> {
  const archive = await Archive.open(archiveDir, { readOnly: true });
  const store = await TextStore.open(indexDir);
  const names = new Map(archive.listCategories().map((c) => [c.id, c.name]));
  const texts: string[] = [];
  for (const meta of archive.listArticles()) {
    const body = await store.readFolded(meta);
    const head = [meta.title, meta.lead, meta.author ?? '', names.get(meta.categoryId ?? '') ?? ''];
    texts.push(`${foldVietnamese(head.join(' '))} ${body ?? ''}`);
  }
  await store.close();
  await archive.close();
  return texts;
}

async function child(archiveDir: string, indexDir: string, queriesFile: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const sets = JSON.parse(await readFile(queriesFile, 'utf8')) as QuerySets;
  const words = [...sets.words, ...sets.typing];
  const texts: string[] = await corpus(archiveDir, indexDir);
  const documents = texts.length;
  const built = new Index(options);
  const t0 = performance.now();
  texts.forEach((text, id) => built.add(id, text));
  const addMs = performance.now() - t0;
  // Emptied, not dropped: the RSS figure after this must not count the corpus strings.
  texts.length = 0;
  const dir = path.join(indexDir, 'flexsearch');
  await mkdir(dir, { recursive: true });
  const t1 = performance.now();
  const writes: Promise<void>[] = [];
  await built.export((key, data) => void writes.push(writeFile(path.join(dir, key), data ?? '')));
  await Promise.all(writes);
  const exportMs = performance.now() - t1;
  let size = 0;
  for (const name of await readdir(dir)) size += (await stat(path.join(dir, name))).size;
  built.clear();
  gc();

  const t2 = performance.now();
  const index = new Index(options);
  for (const name of await readdir(dir))
    index.import(name, await readFile(path.join(dir, name), 'utf8'));
  const loadMs = performance.now() - t2;
  gc();
  const rssMb = Math.round(process.memoryUsage().rss / 1e6);

  const queries = words.map((q) => foldVietnamese(q).trim());
  for (const q of queries.slice(0, 20)) index.search(q, { limit: 20 });
  const times: number[] = [];
  let totals = 0;
  for (const q of queries) {
    const s = performance.now();
    const ids = index.search(q, { limit: 20 });
    times.push(performance.now() - s);
    totals += ids.length;
  }
  times.sort((a, b) => a - b);
  const report: FlexReport = {
    documents,
    addMs: Math.round(addMs),
    exportMs: Math.round(exportMs),
    sizeOnDiskMb: Math.round(size / 1e6),
    loadMs: Math.round(loadMs),
    rssMb,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    meanTotal: round(totals / queries.length),
  };
  process.stdout.write(`\n@@FLEX ${JSON.stringify(report)}\n`);
}

/** Builds, exports, reloads and queries FlexSearch in a fresh process; null (with the reason printed) if it fails. */
export function runFlexSearch(
  archiveDir: string,
  indexDir: string,
  queriesFile: string,
): Promise<FlexReport | { failed: string }> {
  return new Promise((resolve) => {
    const file = fileURLToPath(import.meta.url);
    const args = ['--expose-gc', '--max-old-space-size=8192', ...process.execArgv, file];
    const proc = spawn(
      process.execPath,
      [...args, '--flex-bench-child', archiveDir, indexDir, queriesFile],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('@@FLEX '));
      if (code === 0 && line) resolve(JSON.parse(line.slice('@@FLEX '.length)) as FlexReport);
      else resolve({ failed: `exit ${code}: ${out.slice(-500)}` });
    });
  });
}

if (
  process.argv.includes('--flex-bench-child') &&
  import.meta.url === pathToFileURL(process.argv[1] ?? '').href
) {
  const [archiveDir, indexDir, queriesFile] = process.argv.slice(
    process.argv.indexOf('--flex-bench-child') + 1,
  );
  await child(archiveDir!, indexDir!, queriesFile!);
}
