import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import yazl from 'yazl';
import type { AppServices } from '../app-services';
import { logDirOf } from './log-files';

/**
 * "Lưu thông tin chẩn đoán": one zip staff can hand to IT. It holds the log files, the app and
 * OS versions, the archive's figures and the settings, and nothing personal: no article, report
 * or search text, no file or folder names, no signer names or personal word list.
 */
export async function buildDiagnostics(
  services: Pick<
    AppServices,
    'paths' | 'shell' | 'version' | 'archive' | 'reports' | 'search' | 'settings'
  >,
  now = new Date(),
): Promise<{ fileName: string; base64: string }> {
  const zip = new yazl.ZipFile();
  const json = (name: string, value: unknown) =>
    zip.addBuffer(Buffer.from(JSON.stringify(value, null, 2)), name);

  json('about.json', {
    app: { name: 'Kho Tin', version: services.version, shell: services.shell },
    versions: process.versions,
    os: {
      platform: process.platform,
      release: os.release(),
      arch: process.arch,
      memoryMb: Math.round(os.totalmem() / 1024 / 1024),
      cpus: os.cpus().length,
    },
    createdAt: now.toISOString(),
  });
  json('archive.json', await archiveFigures(services));
  json('settings.json', withoutPersonalFields(services.settings.get()));

  const logDir = logDirOf(services.paths.userDataDir);
  const logs = (await readdir(logDir).catch(() => [] as string[])).filter((f) =>
    f.endsWith('.log'),
  );
  for (const file of logs.sort())
    zip.addBuffer(await readFile(path.join(logDir, file)), `logs/${file}`);
  zip.end();

  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return {
    fileName: `kho-tin-chan-doan-${stamp}.zip`,
    base64: Buffer.concat(chunks).toString('base64'),
  };
}

async function archiveFigures(services: Pick<AppServices, 'archive' | 'reports' | 'search'>) {
  const status = services.archive.status();
  const articles = services.archive.listArticles();
  const reports = await services.reports.list({}).catch(() => []);
  return {
    articles: articles.length,
    articlesWithoutBody: articles.filter((a) => services.archive.isBodyMissing(a.id)).length,
    categories: services.archive.listCategories().length,
    reports: reports.length,
    readOnly: status.readOnly,
    // The files are archive-internal names (items/ab/<id>.json); the reasons can quote content.
    problems: status.problems.map((problem) => ({ file: problem.file })),
    newestBackup: status.newestBackup ? 'present' : null,
    search: services.search.status(),
  };
}

/** Settings minus what names people or places: signer and agency defaults, the personal word list, the archive folder. */
export function withoutPersonalFields(settings: ReturnType<AppServices['settings']['get']>) {
  const { personalWords, ...editor } = settings.editor;
  return {
    language: settings.language,
    reader: settings.reader,
    editor: { ...editor, personalWords: personalWords.length },
    reportDefaults: Object.keys(settings.reportDefaults).length,
    archiveMoved: settings.archivePath !== null,
  };
}
