/**
 * `npm run bench -- catalog-heap [--sizes=1000,100000]`: what the archive's in-memory catalogue
 * costs on the V8 heap, and of what. A fresh process per size opens the synthetic archive
 * read-only (bench/generator), and reads the live heap before and after (full collections
 * first), then writes a heap snapshot and adds up, over every article's meta object, the
 * strings each field points to (each counted once) and the objects themselves. Bytes per
 * article are also given as a ratio to the smallest size of the same run. Written to
 * bench/results/catalog-heap.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { Archive } from '../main/services/archive';
import { cachedArchive } from './generator/generate-archive';
import { round } from './search/stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = 42;
const MB = 1024 * 1024;

type Snapshot = {
  snapshot: { meta: Record<string, string[] | string[][]> };
  nodes: number[];
  edges: number[];
  strings: string[];
};

/** Bytes held by each field of the article metas (a string once however many metas share it). */
function bytesByField(snap: Snapshot): {
  metas: number;
  objects: number;
  fields: Record<string, number>;
} {
  const meta = snap.snapshot.meta;
  const nodeFields = meta.node_fields as string[];
  const edgeFields = meta.edge_fields as string[];
  const nodeTypes = (meta.node_types as string[][])[0]!;
  const edgeTypes = (meta.edge_types as string[][])[0]!;
  const [nType, nName, nSize, nEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
    nodeFields.indexOf(f),
  ) as [number, number, number, number];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) =>
    edgeFields.indexOf(f),
  ) as [number, number, number];
  const { nodes, edges, strings } = snap;
  const counted = new Set<number>();
  const fields: Record<string, number> = {};
  let metas = 0;
  let objects = 0;
  for (let n = 0, e = 0; n < nodes.length; n += nodeFields.length) {
    const count = nodes[n + nEdges]!;
    const first = e;
    e += count * edgeFields.length;
    if (nodeTypes[nodes[n + nType]!] !== 'object' || strings[nodes[n + nName]!] !== 'Object')
      continue;
    const named = (k: number) => strings[edges[first + k * edgeFields.length + eName]!];
    const isProperty = (k: number) =>
      edgeTypes[edges[first + k * edgeFields.length + eType]!] === 'property';
    let isMeta = false;
    for (let k = 0; k < count && !isMeta; k++) isMeta = isProperty(k) && named(k) === 'contentHash';
    if (!isMeta) continue;
    metas++;
    objects += nodes[n + nSize]!;
    for (let k = 0; k < count; k++) {
      const to = edges[first + k * edgeFields.length + eTo]!;
      if (!isProperty(k) || counted.has(to) || nodeTypes[nodes[to + nType]!] !== 'string') continue;
      counted.add(to);
      fields[named(k)!] = (fields[named(k)!] ?? 0) + nodes[to + nSize]!;
    }
  }
  return { metas, objects, fields };
}

async function child(archiveDir: string, snapshotFile: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const before = process.memoryUsage();
  const archive = await Archive.open(archiveDir, { readOnly: true });
  archive.listArticles();
  gc();
  gc();
  const after = process.memoryUsage();
  v8.writeHeapSnapshot(snapshotFile);
  const byField = bytesByField(JSON.parse(await readFile(snapshotFile, 'utf8')) as Snapshot);
  const report = {
    articles: archive.listArticles().length,
    heapUsedMb: round((after.heapUsed - before.heapUsed) / MB, 1),
    heapTotalMb: round((after.heapTotal - before.heapTotal) / MB, 1),
    objectsMb: round(byField.objects / MB, 1),
    stringsMb: Object.fromEntries(
      Object.entries(byField.fields)
        .sort((a, b) => b[1] - a[1])
        .map(([field, bytes]) => [field, round(bytes / MB, 2)]),
    ),
  };
  process.stdout.write(`\n@@REPORT ${JSON.stringify(report)}\n`);
  await archive.close();
}

export async function run(args: string[]): Promise<void> {
  const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '1000,100000')
    .split(',')
    .map(Number);
  const work = await mkdtemp(path.join(os.tmpdir(), 'kho-tin-catalog-heap-'));
  try {
    const rows = [];
    for (const size of sizes) {
      const dir = await cachedArchive(size, SEED);
      const file = fileURLToPath(import.meta.url);
      const proc = spawnSync(
        process.execPath,
        [
          '--expose-gc',
          ...process.execArgv,
          file,
          '--catalog-heap-child',
          dir,
          path.join(work, `${size}.heapsnapshot`),
        ],
        { encoding: 'utf8', maxBuffer: 16 * MB },
      );
      const line = proc.stdout.split('\n').find((l) => l.startsWith('@@REPORT '));
      if (proc.status !== 0 || !line) throw new Error(`catalog-heap child failed: ${proc.stderr}`);
      const report = JSON.parse(line.slice('@@REPORT '.length)) as {
        articles: number;
        heapUsedMb: number;
      };
      rows.push({
        ...report,
        bytesPerArticle: Math.round((report.heapUsedMb * MB) / report.articles),
      });
    }
    const base = rows[0]!.bytesPerArticle;
    const results = rows.map((row) => ({
      ...row,
      perArticleOverSmallest: round(row.bytesPerArticle / base),
    }));
    console.log(JSON.stringify(results, null, 2));
    await mkdir(path.join(here, 'results'), { recursive: true });
    await writeFile(
      path.join(here, 'results', 'catalog-heap.json'),
      JSON.stringify(results, null, 2),
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (
  process.argv.includes('--catalog-heap-child') &&
  import.meta.url === pathToFileURL(process.argv[1] ?? '').href
) {
  const [archiveDir, snapshotFile] = process.argv.slice(
    process.argv.indexOf('--catalog-heap-child') + 1,
  );
  await child(archiveDir!, snapshotFile!);
}
