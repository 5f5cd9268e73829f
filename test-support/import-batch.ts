import { createWriteStream } from 'node:fs';
import type { Archive } from '../main/services/archive';
import { runImportBatch, type BatchFile } from '../main/services/import/batch';
import type { ImportSource } from '../main/services/import/import-file';

/** Helpers of the import batch tests (main/services/import/batch*.test.ts). */
export const asPath = (file: string, key = file): BatchFile => ({
  key,
  source: { kind: 'path', path: file },
});

export const pathsOf = (sources: ImportSource[]): string[] =>
  sources.map((source) => (source.kind === 'bytes' ? source.name : source.path));

export const runBatch = (
  archive: Archive,
  files: BatchFile[],
  duplicateMode: 'skip' | 'replace' | 'keep' = 'skip',
  signal = new AbortController().signal,
) => runImportBatch(archive, { files, duplicateMode }, { signal, progress: () => undefined });

/** A small dated article in the copied-text shape, different for each i. */
export const numbered = (i: number) =>
  `Tiêu đề bài số ${i} về công tác dân vận ở cơ sở\n(08:00 | ${String(i + 1).padStart(2, '0')}/02/2025)\nNội dung bài số ${i}: các xã tổ chức ra quân làm đường giao thông nông thôn.`;

export async function writeHundredMegabytes(file: string): Promise<void> {
  const line = Buffer.from('Dòng văn bản thử nghiệm dùng để tạo một tệp rất lớn.\n');
  const stream = createWriteStream(file);
  for (let written = 0; written < 100 * 1024 * 1024; written += line.length) {
    if (!stream.write(line))
      await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => stream.end(() => resolve()));
}
