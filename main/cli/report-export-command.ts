import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../shared/errors';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/ipc/report-output';
import { ReportFileSchema, ReportId, type ReportFile } from '../../shared/report/report';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { buildDocx } from '../services/export/docx';
import { chromiumPdfRenderer } from '../services/export/pdf';
import { exportReport } from '../services/export/report-export';
import { defaultArchiveDir } from './cli-options';

type ExportOptions = { format: string; out: string; archive: string };

/**
 * Reads reports/<id>.json without taking the archive's lock, so a report can be exported while
 * the app has the archive open; a damaged file or bad fields are named, nothing is written.
 */
async function readReport(archiveDir: string, id: string): Promise<ReportFile> {
  if (!ReportId.safeParse(id).success) {
    throw new AppError('invalid-input', `<id>: "${id}" không phải mã báo cáo / not a report id`);
  }
  const file = path.join(archiveDir, 'reports', `${id}.json`);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    throw new AppError('not-found', `không có báo cáo ${id} / no report ${id} in ${archiveDir}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('archive-corrupt', `${file}: not JSON`);
  }
  const parsed = ReportFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('archive-corrupt', `${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export async function runReportExport(id: string, options: ExportOptions): Promise<string> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new AppError('invalid-input', `--format: ${EXPORT_FORMATS.join(' | ')}`);
  }
  const archiveDir = path.resolve(options.archive);
  const report = await readReport(archiveDir, id);
  const renderPdf = chromiumPdfRenderer();
  const file = await exportReport(report, options.format as ExportFormat, {
    mediaDir: path.join(archiveDir, 'media'),
    citationStyle: DEFAULT_SETTINGS.editor.citationStyle,
    renderPdf,
    buildDocx,
  }).finally(() => renderPdf.close?.());
  const out = path.resolve(options.out);
  await writeFile(out, file.bytes);
  return out;
}

/** `report export <id> --format docx|pdf|html --out <file> [--archive <dir>]`. */
export function registerReportExportCommand(report: Command): void {
  report
    .command('export <id>')
    .description('Xuất báo cáo ra Word, PDF hoặc HTML / export a report')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .requiredOption('--out <file>', 'tệp kết quả / output file')
    .option('--archive <dir>', 'thư mục kho / archive folder', defaultArchiveDir())
    .action(async (id: string, options: ExportOptions) => {
      const out = await runReportExport(id, options);
      console.log(out);
    });
}
