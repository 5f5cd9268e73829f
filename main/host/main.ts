import { Command } from 'commander';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIRST_PAGE_FALLBACK_MS } from '../services/early-answers';
import { startHost } from './server';

/** `npm run web`: the app in any browser on this machine, for where Electron cannot be installed. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const home = path.join(os.homedir(), 'Kho Tin');

const options = new Command()
  .name('kho-tin-web')
  .option('--archive <folder>', 'thư mục kho dữ liệu / archive folder', path.join(home, 'archive'))
  .option('--user-data <folder>', 'thư mục cài đặt / settings folder', path.join(home, 'user-data'))
  .option('--port <number>', 'cổng / port (0 = any free port)', '0')
  .option(
    '--renderer <folder>',
    'giao diện đã dựng / the built renderer',
    path.join(repoRoot, 'out/renderer'),
  )
  .parse(process.argv)
  .opts<{ archive: string; userData: string; port: string; renderer: string }>();

const host = await startHost({
  archiveDir: path.resolve(options.archive),
  userDataDir: path.resolve(options.userData),
  rendererDir: path.resolve(options.renderer),
  port: Number(options.port),
  // The page is opened from onListening: its first rows come from the head, the decode after.
  openArchiveAfterFirstPageMs: FIRST_PAGE_FALLBACK_MS,
  // The page can be opened from here on (its calls wait for the archive). The port alone, so a
  // caller that waits for the address below still gets it only once the archive is open.
  onListening: (url) =>
    console.log(`Kho Tin: cổng / port ${new URL(url).port} — đang mở kho / opening the archive…`),
});
console.log(`Kho Tin đang chạy tại / is running at: ${host.url}`);

const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
