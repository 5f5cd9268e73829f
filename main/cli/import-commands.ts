import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../shared/errors';
import {
  DUPLICATE_MODES,
  IMPORT_ENCODINGS,
  type DuplicateMode,
  type ImportReport,
} from '../../shared/ipc/import';
import { LANGUAGES, type Language } from '../../shared/settings';
import { formatDisplayDate } from '../../shared/text/dates';
import { Archive } from '../services/archive';
import { EventBus } from '../services/event-bus';
import type { TextEncoding } from '../services/import/detect-encoding';
import { expandPaths } from '../services/import/expand-paths';
import { dryMediaSink } from '../services/import/html-images';
import { inspectSource } from '../services/import/import-file';
import { ImportService } from '../services/import/import-service';
import { reportToCsv } from '../services/import/report-csv';
import { JobRunner } from '../services/jobs';
import { defaultArchiveDir } from './cli-options';

type Output = { out(text: string): void; err(text: string): void };
const stdio: Output = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export type ImportCommandOptions = {
  archive: string;
  duplicates: string;
  report?: string;
  lang: string;
};

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new AppError('invalid-input', `${flag}: "${value}" (${allowed.join(' | ')})`);
  return value as T;
}

/** `import <paths…>`: folders walked, progress on stderr, the per-file report at the end. */
export async function runImportCommand(
  paths: string[],
  options: ImportCommandOptions,
  io: Output = stdio,
): Promise<ImportReport> {
  const duplicateMode = oneOf<DuplicateMode>(options.duplicates, DUPLICATE_MODES, '--duplicates');
  const language = oneOf<Language>(options.lang, LANGUAGES, '--lang');
  const files = await expandPaths(paths.map((p) => path.resolve(p)));
  const archive = await Archive.open(path.resolve(options.archive));
  const events = new EventBus();
  const jobs = new JobRunner(events);
  const off = events.on('job.progress', (p) => {
    if (p.state === 'running' && p.current)
      io.err(`\r[${p.done}/${p.total}] ${p.current}`.padEnd(80));
  });
  const stopOnSigint = () => jobs.cancel(jobId);
  const service = new ImportService({ archive, jobs });
  const { jobId, done } = service.start({
    files: files.map((source, i) => ({ key: String(i), source })),
    duplicateMode,
  });
  process.once('SIGINT', stopOnSigint);
  try {
    const report = await done;
    io.err('\n');
    printReport(report, io);
    if (options.report) {
      await writeFile(options.report, reportToCsv(report.rows, language));
      io.out(`CSV: ${path.resolve(options.report)}\n`);
    }
    return report;
  } finally {
    process.off('SIGINT', stopOnSigint);
    off();
    await archive.close();
  }
}

function printReport(report: ImportReport, io: Output): void {
  const count = (outcome: string) => report.rows.filter((r) => r.outcome === outcome).length;
  const imported = count('imported') + count('replaced') + count('kept-both');
  io.out(
    `Đã nhập / imported: ${imported}  ·  bỏ qua vì trùng / skipped as duplicate: ${count('skipped-duplicate')}  ·  lỗi / failed: ${count('failed')}` +
      (report.state === 'cancelled'
        ? `  ·  đã dừng / cancelled (${report.rows.length}/${report.total})`
        : '') +
      '\n',
  );
  for (const row of report.rows.filter((r) => r.outcome === 'failed'))
    io.out(`  ✗ ${row.file}: ${row.errorCode}${row.reason ? ` — ${row.reason}` : ''}\n`);
}

/** `inspect <file>`: what would be extracted, nothing written. */
export async function runInspectCommand(
  file: string,
  options: { json?: boolean; encoding?: string },
  io: Output = stdio,
): Promise<void> {
  const encoding = options.encoding
    ? oneOf<TextEncoding>(options.encoding, IMPORT_ENCODINGS, '--encoding')
    : undefined;
  const inspection = await inspectSource(
    { kind: 'path', path: path.resolve(file) },
    { storeMedia: dryMediaSink, encoding },
  );
  if (options.json) return void io.out(`${JSON.stringify(inspection, null, 2)}\n`);
  io.out(
    `${inspection.fileName} (${inspection.format}${inspection.encoding ? `, ${inspection.encoding.chosen}` : ''})\n`,
  );
  for (const [field, report] of Object.entries(inspection.fields)) {
    const value =
      field === 'publishedAt' && report.value ? formatDisplayDate(report.value) : report.value;
    io.out(
      `  ${field.padEnd(12)} ${report.status.padEnd(9)} ${report.confidence.toFixed(2)}  ${value?.replace(/\s+/g, ' ').slice(0, 100) ?? '—'}\n`,
    );
  }
  for (const warning of inspection.warnings)
    io.out(`  ! ${warning.code}${warning.detail ? `: ${warning.detail}` : ''}\n`);
}

export function registerImportCommands(program: Command): void {
  program
    .command('import')
    .description(
      'Nhập tin bài từ tệp hoặc thư mục (.txt, .html, .htm, .mhtml, .docx) / import articles',
    )
    .argument('<paths...>', 'tệp hoặc thư mục / files or folders')
    .option('--archive <dir>', 'thư mục kho / archive folder', defaultArchiveDir())
    .option('--duplicates <mode>', 'khi trùng / on duplicates: skip | replace | keep', 'skip')
    .option('--report <file.csv>', 'lưu báo cáo CSV / save the report as CSV')
    .option('--lang <vi|en>', 'ngôn ngữ báo cáo / report language', 'vi')
    .action(async (paths: string[], options: ImportCommandOptions) => {
      const report = await runImportCommand(paths, options);
      if (report.rows.some((r) => r.outcome === 'failed')) process.exitCode = 1;
    });
  program
    .command('inspect')
    .description(
      'Xem trước những gì sẽ được trích ra, không nhập / show what would be extracted, without importing',
    )
    .argument('<file>', 'tệp / file')
    .option('--json', 'in JSON / print JSON')
    .option('--encoding <name>', `ép bảng mã / force the encoding: ${IMPORT_ENCODINGS.join(' | ')}`)
    .action((file: string, options: { json?: boolean; encoding?: string }) =>
      runInspectCommand(file, options),
    );
}
