import { AppError } from '../../shared/errors';
import { MAX_UPLOAD_BYTES, type ImportFileInput } from '../../shared/ipc/import';
import type { ImportSource } from '../services/import/import-file';
import { expandPaths } from '../services/import/expand-paths';
import type { HandlerDeps, HandlerTable } from './handler-table';

type ImportChannels =
  'import.inspect' | 'import.start' | 'import.report' | 'import.reportCsv' | 'import.pickFiles';

/** A file from the renderer: a path (Electron) or uploaded bytes (web host, browser input), capped. */
export function toSource(file: ImportFileInput): ImportSource {
  if ('path' in file) return { kind: 'path', path: file.path };
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length > MAX_UPLOAD_BYTES)
    throw new AppError('file-too-large', `${file.name}: > ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  return { kind: 'bytes', name: file.name, bytes };
}

export function createImportHandlers(deps: HandlerDeps): Pick<HandlerTable, ImportChannels> {
  return {
    'import.inspect': ({ file, encoding }) => deps.importer.inspect(toSource(file), encoding),
    'import.start': async ({ files, duplicateMode, overrides }) => {
      const batch = [];
      for (const { key, file } of files) {
        // A dropped folder stands for the supported files inside it (or one failing line).
        const sources = 'path' in file ? await expandPaths([file.path]) : [toSource(file)];
        const single = sources.length === 1 && sources[0]!.kind !== 'unreadable-folder';
        if (single) batch.push({ key, source: sources[0]! });
        else sources.forEach((source, i) => batch.push({ key: `${key}/${i}`, source }));
      }
      return { jobId: deps.importer.start({ files: batch, duplicateMode, overrides }).jobId };
    },
    'import.report': ({ jobId }) => deps.importer.report(jobId),
    'import.reportCsv': ({ jobId }) => deps.importer.reportCsv(jobId, deps.settings.get().language),
    'import.pickFiles': async () => {
      if (!deps.pickFiles) return { paths: null, available: false };
      return { paths: await deps.pickFiles(), available: true };
    },
  };
}
