/**
 * Import throughput on generated batches of 1,000 copied-text, HTML and DOCX files. Each figure
 * is files per second and, because the machines here are noisy, a ratio to a baseline measured
 * in the same run over the same files: reading each file and normalizing it to NFC.
 * Targets: ≥ 200 text files/s and ≥ 50 HTML files/s, full import into a real archive, parsing
 * in this thread; HTML and Word are measured again through the worker pool the app uses
 * (target ≥ 80 HTML pages/s), and the process's RSS is sampled over a 5,000-page HTML batch
 * through the pool (it should stay flat: last thousand pages ≈ first thousand).
 * `--rss-count=N` changes the size of that batch.
 */
import { fork } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Archive } from '../main/services/archive';
import { runImportBatch, type BatchParser } from '../main/services/import/batch';
import { ParsePool } from '../main/services/import/parse-pool';
import { dryMediaSink } from '../main/services/import/html-images';
import { inspectSource } from '../main/services/import/import-file';
import { makeDocx, tinyPng } from '../test-support/fixtures/import/make-docx';
import { makeTempFolder } from '../test-support/temp-folder';

const COUNT = 1000;
const TARGETS: Record<string, number> = { text: 200, html: 50, 'html-pool': 80 };
const RSS_EVERY = 100;
const here = path.dirname(fileURLToPath(import.meta.url));

const SENTENCES = [
  'Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính sáu tháng đầu năm.',
  'Các sở, ngành và địa phương báo cáo kết quả thực hiện nhiệm vụ được giao và đề xuất giải pháp.',
  'Đồng chí Phó Chủ tịch đề nghị các đơn vị tiếp tục đẩy mạnh chuyển đổi số trong giải quyết thủ tục.',
  'Tỷ lệ hồ sơ trực tuyến toàn trình tăng so với cùng kỳ, nhiều xã đạt trên chín mươi phần trăm.',
];
const body = (i: number, n: number) =>
  Array.from({ length: n }, (_, k) => `${SENTENCES[(i + k) % 4]} Đoạn ${k + 1} của bài số ${i}.`);
const title = (i: number) => `Hội nghị sơ kết công tác cải cách hành chính số ${i} năm 2025`;
const date = (i: number) => `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2025`;

function textFile(i: number): string {
  return `Cổng thông tin điện tử tỉnh\n\nKinh tế - Chính trị\n\nXem với cỡ chữAA\n\n${title(i)}\n\n(08:${String(i % 60).padStart(2, '0')} | ${date(i)})\n\n${body(i, 8).join('\n\n')}\n\nNguyễn Văn An`;
}

function htmlFile(i: number): string {
  const paragraphs = body(i, 8)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title(i)} - Cổng TTĐT tỉnh</title><script>var x=1;</script></head><body><div class="menu"><a href="/">Trang chủ</a></div><h1 class="title">${title(i)}</h1><div class="date">(08:00 | ${date(i)})</div><div class="sapo">CTTĐT - ${SENTENCES[i % 4]}</div><div class="content-detail">${paragraphs}<figure><img src="https://example.vn/a${i}.jpg"><figcaption>Quang cảnh hội nghị</figcaption></figure><p class="author">Trần Bình</p></div></body></html>`;
}

async function generate(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const png = tinyPng();
  for (let i = 0; i < COUNT; i++) {
    const t = path.join(dir, `tin-${i}.txt`);
    const h = path.join(dir, `trang-${i}.html`);
    const d = path.join(dir, `van-ban-${i}.docx`);
    await writeFile(t, textFile(i));
    await writeFile(h, htmlFile(i));
    const blocks = [
      { kind: 'title' as const, text: title(i) },
      ...body(i, 6).map((text) => ({ kind: 'paragraph' as const, text })),
    ];
    await writeFile(
      d,
      await makeDocx(i % 10 === 0 ? [...blocks, { kind: 'image', png, descr: 'Ảnh' }] : blocks),
    );
  }
}

async function baseline(files: string[]): Promise<number> {
  const started = performance.now();
  let chars = 0;
  for (const file of files) chars += (await readFile(file, 'utf8')).normalize('NFC').length;
  if (chars === 0) throw new Error('empty baseline');
  return (performance.now() - started) / 1000;
}

/** Extraction alone (read, decode, parse, sanitize; nothing written): where the importer's own time goes. */
async function extractAll(files: string[], pool: ParsePool | null): Promise<number> {
  const started = performance.now();
  if (pool) {
    // As many files in flight as the batch's look-ahead keeps: parsing alone, nothing written.
    const signal = new AbortController().signal;
    let next = 0;
    const lane = async () => {
      while (next < files.length)
        await pool.parse({ source: { kind: 'path', path: files[next++] } }, signal);
    };
    await Promise.all(Array.from({ length: pool.threads * 2 }, lane));
  } else {
    for (const file of files)
      await inspectSource({ kind: 'path', path: file }, { storeMedia: dryMediaSink });
  }
  return (performance.now() - started) / 1000;
}

async function importAll(
  archiveDir: string,
  files: string[],
  parser?: BatchParser,
): Promise<{ seconds: number; failed: number; rssMb: number[] }> {
  const archive = await Archive.open(archiveDir);
  const rssMb: number[] = [];
  const started = performance.now();
  const rows = await runImportBatch(
    archive,
    {
      files: files.map((file, i) => ({ key: String(i), source: { kind: 'path', path: file } })),
      duplicateMode: 'keep',
    },
    {
      signal: new AbortController().signal,
      // Worker threads live in this process: its RSS holds theirs too.
      progress: (done) => {
        if (done % RSS_EVERY === 0) rssMb.push(process.memoryUsage.rss() / 2 ** 20);
      },
    },
    parser,
  );
  const seconds = (performance.now() - started) / 1000;
  await archive.close();
  return { seconds, failed: rows.filter((r) => r.outcome === 'failed').length, rssMb };
}

type KindResult = {
  filesPerSecond: number;
  extractFilesPerSecond: number | null;
  baselineFilesPerSecond: number;
  failed: number;
  rssMb: number[];
  cpuMsPerFile: number;
  generations?: number;
};

/**
 * One kind measured in its own process: jsdom retained memory per page, which would slow the
 * next kind. `pool` parses through the worker pool (one worker per core) instead of this thread.
 */
async function measureKind(
  kind: string,
  inputDir: string,
  archiveDir: string,
  pool: boolean,
  extract = true,
): Promise<KindResult> {
  const files = (await readdir(inputDir))
    .filter((name) => name.endsWith(EXT[kind]))
    .sort()
    .map((name) => path.join(inputDir, name));
  const base = await baseline(files);
  const parsePool = pool ? new ParsePool({ expectedTasks: files.length }) : null;
  const parser = parsePool
    ? { parse: parsePool.parse.bind(parsePool), lookahead: parsePool.threads * 2 }
    : undefined;
  const cpu = process.cpuUsage();
  const { seconds, failed, rssMb } = await importAll(archiveDir, files, parser);
  // Every thread of this process (workers included): what the import costs whatever the load.
  const { user, system } = process.cpuUsage(cpu);
  const extractSeconds = extract ? await extractAll(files, parsePool) : null;
  await parsePool?.close();
  return {
    filesPerSecond: files.length / seconds,
    extractFilesPerSecond: extractSeconds === null ? null : files.length / extractSeconds,
    baselineFilesPerSecond: files.length / base,
    failed,
    rssMb,
    cpuMsPerFile: (user + system) / 1000 / files.length,
    generations: parsePool?.generations,
  };
}

const EXT: Record<string, string> = { text: '.txt', html: '.html', docx: '.docx' };

function inChild(
  kind: string,
  inputDir: string,
  archiveDir: string,
  mode: 'thread' | 'pool' | 'rss',
): Promise<KindResult> {
  return new Promise((resolve, reject) => {
    const args = ['--child', kind, inputDir, archiveDir, mode];
    const child = fork(fileURLToPath(import.meta.url), args, {
      execArgv: ['--import', 'tsx'],
    });
    child.once('message', (message) => resolve(message as KindResult));
    child.once('error', reject);
    child.once(
      'exit',
      (code) => code !== 0 && reject(new Error(`bench child for ${kind} exited with ${code}`)),
    );
  });
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

function describe(kind: string, r: KindResult, target: number | undefined): string {
  const ratio = r.filesPerSecond / r.baselineFilesPerSecond;
  return (
    `${kind.padEnd(9)} import ${r.filesPerSecond.toFixed(0).padStart(5)} files/s` +
    (r.extractFilesPerSecond === null
      ? ''
      : `, extract only ${r.extractFilesPerSecond.toFixed(0).padStart(5)} files/s`) +
    `  (baseline read+NFC ${r.baselineFilesPerSecond.toFixed(0)} files/s, import ratio ${ratio.toFixed(4)}; CPU ${r.cpuMsPerFile.toFixed(1)} ms/file)` +
    (target ? `  target ≥ ${target}: ${r.filesPerSecond >= target ? 'met' : 'NOT met'}` : '') +
    (r.failed ? `  ${r.failed} failed!` : '')
  );
}

export async function run(args: string[] = []): Promise<void> {
  const rssCount = Number(args.find((a) => a.startsWith('--rss-count='))?.split('=')[1] ?? 5000);
  const temp = await makeTempFolder('kho-tin-bench-import-');
  try {
    const inputDir = path.join(temp.dir, 'input');
    await generate(inputDir);
    const results: Record<string, unknown> = { count: COUNT };
    const runs: [string, string, boolean][] = [
      ['text', 'text', false],
      ['html', 'html', false],
      ['html-pool', 'html', true],
      ['docx', 'docx', false],
      ['docx-pool', 'docx', true],
    ];
    for (const [name, kind, pool] of runs) {
      const mode = pool ? 'pool' : 'thread';
      const r = await inChild(kind, inputDir, path.join(temp.dir, `archive-${name}`), mode);
      const ratio = r.filesPerSecond / r.baselineFilesPerSecond;
      results[name] = {
        ...r,
        rssMb: undefined,
        ratioToBaseline: ratio,
        target: TARGETS[name] ?? null,
      };
      console.log(describe(name, r, TARGETS[name]));
      if (pool) {
        const single = results[kind] as KindResult;
        const speedup = r.filesPerSecond / single.filesPerSecond;
        (results[name] as Record<string, unknown>).ratioToSingleThread = speedup;
        const extractSpeedup = (r.extractFilesPerSecond ?? 0) / (single.extractFilesPerSecond ?? 1);
        (results[name] as Record<string, unknown>).extractRatioToSingleThread = extractSpeedup;
        console.log(
          `${''.padEnd(9)} pool / single thread in this run: import ${speedup.toFixed(2)}×, extract only ${extractSpeedup.toFixed(2)}×`,
        );
      }
    }
    results.rss = await measureRss(temp.dir, rssCount);
    await mkdir(path.join(here, 'results'), { recursive: true });
    await writeFile(
      path.join(here, 'results', 'import.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
  } finally {
    await temp.remove();
  }
}

/** RSS over a long HTML batch through the pool, sampled every 100 pages. */
async function measureRss(dir: string, count: number): Promise<Record<string, number>> {
  const inputDir = path.join(dir, 'rss-input');
  await mkdir(inputDir, { recursive: true });
  for (let i = 0; i < count; i++)
    await writeFile(path.join(inputDir, `trang-${String(i).padStart(5, '0')}.html`), htmlFile(i));
  const r = await inChild('html', inputDir, path.join(dir, 'archive-rss'), 'rss');
  const perThousand = 1000 / RSS_EVERY;
  const result = {
    pages: count,
    pagesPerSecond: r.filesPerSecond,
    firstThousandMeanMb: mean(r.rssMb.slice(0, perThousand)),
    lastThousandMeanMb: mean(r.rssMb.slice(-perThousand)),
    peakMb: Math.max(...r.rssMb),
    workerGenerations: r.generations ?? 0,
    failed: r.failed,
  };
  console.log(
    `RSS over ${count} HTML pages through the pool (${r.filesPerSecond.toFixed(0)} pages/s, ${result.workerGenerations} worker generations): ` +
      `first 1,000 pages mean ${result.firstThousandMeanMb.toFixed(0)} MB, last 1,000 mean ${result.lastThousandMeanMb.toFixed(0)} MB ` +
      `(${(result.lastThousandMeanMb / result.firstThousandMeanMb).toFixed(2)}×), peak ${result.peakMb.toFixed(0)} MB` +
      (r.failed ? `  ${r.failed} failed!` : ''),
  );
  return result;
}

if (process.argv[2] === '--child') {
  const [kind, inputDir, archiveDir, mode] = process.argv.slice(3);
  const result = await measureKind(kind, inputDir, archiveDir, mode !== 'thread', mode !== 'rss');
  process.send?.(result, () => process.disconnect());
}
