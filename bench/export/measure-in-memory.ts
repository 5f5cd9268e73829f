/**
 * The reference the streaming export replaced, measured the same way as measure-export.ts: the
 * zip built in memory (pages as buffers, photos through yazl.addFile) and turned into base64 for
 * IPC, as `articles.export` did before. `node --expose-gc --import tsx bench/export/measure-in-memory.ts <archive> - 0 [count]`.
 */
import yazl from 'yazl';
import { Archive } from '../../main/services/archive';
import { articlePage, exportFileName } from '../../main/services/archive/export-pages';

const [archiveDir, , , countArg] = process.argv.slice(2) as [string, string?, string?, string?];
const archive = await Archive.open(archiveDir, { readOnly: true });
const all = archive.listArticles().map((meta) => meta.id);
const ids = countArg ? all.slice(0, Number(countArg)) : all;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
gc?.();
const before = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
let peak = before;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const start = performance.now();
const zip = new yazl.ZipFile();
const names = new Set<string>();
const media = new Set<string>();
for (const id of ids) {
  const article = await archive.getArticle(id);
  zip.addBuffer(Buffer.from(articlePage(article, null)), exportFileName(article, names));
  for (const image of article.body?.images ?? []) {
    if (!image.media || media.has(image.media)) continue;
    media.add(image.media);
    zip.addFile(archive.mediaPath(image.media), image.media, { compress: false });
  }
}
zip.end();
const chunks: Buffer[] = [];
for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
const bytes = Buffer.concat(chunks);
const base64 = bytes.toString('base64');
const ms = performance.now() - start;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  JSON.stringify({
    articles: ids.length,
    images: media.size,
    bytes: bytes.length,
    base64Chars: base64.length,
    ms,
    before,
    peak,
    heapBefore,
    heapAfter: heapBefore,
  }),
);
await archive.close();
