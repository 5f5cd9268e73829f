/**
 * Import throughput on generated batches of 1,000 copied-text, HTML and DOCX files. Each figure
 * is files per second and, because the machines here are noisy, a ratio to a baseline measured
 * in the same run over the same files: reading each file and normalizing it to NFC.
 * Targets: ≥ 200 text files/s and ≥ 50 HTML files/s, full import into a real archive.
 */
import { fork } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Archive } from '../main/services/archive';
import { runImportBatch } from '../main/services/import/batch';
import { dryMediaSink } from '../main/services/import/html-images';
import { inspectSource } from '../main/services/import/import-file';
import { makeDocx, tinyPng } from '../test-support/fixtures/import/make-docx';
import { makeTempFolder } from '../test-support/temp-folder';

const COUNT = 1000;
const TARGETS: Record<string, number> = { text: 200, html: 50 };
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
async function extractAll(files: string[]): Promise<number> {
  const started = performance.now();
  for (const file of files)
    await inspectSource({ kind: 'path', path: file }, { storeMedia: dryMediaSink });
  return (performance.now() - started) / 1000;
}

async function importAll(
  archiveDir: string,
  files: string[],
): Promise<{ seconds: number; failed: number }> {
  const archive = await Archive.open(archiveDir);
  const started = performance.now();
  const rows = await runImportBatch(
    archive,
    {
      files: files.map((file, i) => ({ key: String(i), source: { kind: 'path', path: file } })),
      duplicateMode: 'keep',
    },
    { signal: new AbortController().signal, progress: () => undefined },
  );
  const seconds = (performance.now() - started) / 1000;
  await archive.close();
  return { seconds, failed: rows.filter((r) => r.outcome === 'failed').length };
}

type KindResult = {
  filesPerSecond: number;
  extractFilesPerSecond: number;
  baselineFilesPerSecond: number;
  failed: number;
};

/** One kind measured in its own process: jsdom retains some memory per page, which would slow the next kind. */
async function measureKind(
  kind: string,
  inputDir: string,
  archiveDir: string,
): Promise<KindResult> {
  const files = (await readdir(inputDir))
    .filter((name) => name.endsWith(EXT[kind]))
    .sort()
    .map((name) => path.join(inputDir, name));
  const base = await baseline(files);
  const { seconds, failed } = await importAll(archiveDir, files);
  const extractPerSecond = COUNT / (await extractAll(files));
  return {
    filesPerSecond: COUNT / seconds,
    extractFilesPerSecond: extractPerSecond,
    baselineFilesPerSecond: COUNT / base,
    failed,
  };
}

const EXT: Record<string, string> = { text: '.txt', html: '.html', docx: '.docx' };

function inChild(kind: string, inputDir: string, archiveDir: string): Promise<KindResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', kind, inputDir, archiveDir], {
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

export async function run(): Promise<void> {
  const temp = await makeTempFolder('kho-tin-bench-import-');
  try {
    const inputDir = path.join(temp.dir, 'input');
    await generate(inputDir);
    const results: Record<string, unknown> = { count: COUNT };
    for (const kind of ['text', 'html', 'docx']) {
      const r = await inChild(kind, inputDir, path.join(temp.dir, `archive-${kind}`));
      const target = TARGETS[kind];
      const ratio = r.filesPerSecond / r.baselineFilesPerSecond;
      results[kind] = { ...r, ratioToBaseline: ratio, target: target ?? null };
      console.log(
        `${kind.padEnd(5)} import ${r.filesPerSecond.toFixed(0).padStart(5)} files/s, extract only ${r.extractFilesPerSecond.toFixed(0).padStart(5)} files/s  (baseline read+NFC ${r.baselineFilesPerSecond.toFixed(0)} files/s, import ratio ${ratio.toFixed(4)})` +
          (target
            ? `  target ≥ ${target}: ${r.filesPerSecond >= target ? 'met' : 'NOT met'}`
            : '') +
          (r.failed ? `  ${r.failed} failed!` : ''),
      );
    }
    await mkdir(path.join(here, 'results'), { recursive: true });
    await writeFile(
      path.join(here, 'results', 'import.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
  } finally {
    await temp.remove();
  }
}

if (process.argv[2] === '--child') {
  const [kind, inputDir, archiveDir] = process.argv.slice(3);
  const result = await measureKind(kind, inputDir, archiveDir);
  process.send?.(result, () => process.disconnect());
}
