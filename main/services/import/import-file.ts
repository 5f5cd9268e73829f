import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ImportInspection } from '../../../shared/ipc/import';
import { decodeText, type TextEncoding } from './detect-encoding';
import { importDocx } from './docx-importer';
import type { ImportFormat, ImportOutcome } from './draft';
import { siblingFileResolver, type MediaSink } from './html-images';
import { importHtml } from './html-importer';
import { assertSize, LIMITS, statImportFile } from './limits';
import { decodeMhtml } from './mhtml';
import { encodingReport, encodingWarnings, importText } from './text-importer';

/** A file to import: a path (Electron, CLI) or bytes uploaded with a name (web host, browser input). */
export type ImportSource =
  | { kind: 'path'; path: string }
  | { kind: 'bytes'; name: string; bytes: Uint8Array }
  /** A folder that could not be listed: it fails with its reason, so the report has its line. */
  | { kind: 'unreadable-folder'; path: string; reason: string }
  /** Files past the batch limit: one failing line saying how many were left, from which file on. */
  | { kind: 'over-limit'; path: string; left: number; limit: number };

export type InspectOptions = { storeMedia: MediaSink; encoding?: TextEncoding };

const FORMATS: Record<string, ImportFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
  '.docx': 'docx',
};
const SIZE_LIMITS: Record<ImportFormat, number> = {
  text: LIMITS.textBytes,
  html: LIMITS.htmlBytes,
  mhtml: LIMITS.mhtmlBytes,
  docx: LIMITS.docxBytes,
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

/**
 * The name shown for a file in previews and reports. Names arrive from other machines and
 * browsers: only the last segment is kept, control characters dropped; it is never used as a path.
 */
export function displayName(name: string): string {
  const last = name.split(/[\\/]/).filter(Boolean).pop() ?? '';
  const clean = last
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .normalize('NFC');
  return (clean || 'tệp không tên').slice(0, 200);
}

export function formatOf(name: string): ImportFormat {
  const ext = path.extname(name).toLowerCase();
  const format = FORMATS[ext];
  if (!format)
    throw new AppError(
      'unsupported-file',
      `${displayName(name)}${ext === '.doc' ? ' (Word 97-2003: lưu lại thành .docx / save as .docx)' : ''}`,
    );
  return format;
}

export function sourceName(source: ImportSource): string {
  return displayName(source.kind === 'bytes' ? source.name : source.path);
}

/** Reads, decodes and extracts one file into a draft plus what the importer is unsure of. */
export async function inspectSource(
  source: ImportSource,
  options: InspectOptions,
): Promise<ImportInspection> {
  const fileName = sourceName(source);
  if (source.kind === 'unreadable-folder')
    throw new AppError('unreadable-folder', `${fileName}: ${source.reason}`);
  if (source.kind === 'over-limit')
    throw new AppError(
      'too-many-files',
      `${source.left} tệp chưa nhập, từ ${fileName} / ${source.left} files left, from ${fileName} (> ${source.limit})`,
    );
  const format = formatOf(source.kind === 'path' ? source.path : source.name);
  const limit = SIZE_LIMITS[format];
  let bytes: Uint8Array;
  if (source.kind === 'path') {
    await statImportFile(source.path, fileName, limit);
    bytes = await readFile(source.path).catch((error: NodeJS.ErrnoException) => {
      throw new AppError('unreadable-file', `${fileName}: ${error.code ?? error.message}`);
    });
  } else {
    bytes = source.bytes;
  }
  assertSize(fileName, bytes.length, limit);
  const outcome = await importBytes(
    format,
    bytes,
    fileName,
    source.kind === 'path' ? source.path : null,
    options,
  );
  return { fileName, ...outcome };
}

async function importBytes(
  format: ImportFormat,
  bytes: Uint8Array,
  fileName: string,
  filePath: string | null,
  options: InspectOptions,
): Promise<ImportOutcome> {
  switch (format) {
    case 'text':
      return importText(bytes, options.encoding);
    case 'html': {
      const decoded = decodeText(bytes, options.encoding);
      const outcome = await importHtml(decoded.text, {
        resolveImage: filePath ? siblingFileResolver(filePath) : null,
        storeMedia: options.storeMedia,
      });
      return {
        ...outcome,
        warnings: [...encodingWarnings(decoded), ...outcome.warnings],
        encoding: encodingReport(decoded),
      };
    }
    case 'mhtml': {
      const page = decodeMhtml(bytes);
      const outcome = await importHtml(page.html, {
        resolveImage: page.resolveImage,
        storeMedia: options.storeMedia,
        format: 'mhtml',
      });
      return { ...outcome, draft: { ...outcome.draft, sourceUrl: httpUrl(page.location) } };
    }
    case 'docx':
      return importDocx(bytes, fileName, options.storeMedia);
  }
}

function httpUrl(location: string | null): string | null {
  return location && /^https?:\/\//i.test(location) ? location.slice(0, 2000) : null;
}
