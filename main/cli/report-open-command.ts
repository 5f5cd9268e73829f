import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { Archive } from '../services/archive';
import { displayName } from '../services/import/import-file';
import { LIMITS, statImportFile } from '../services/import/limits';
import { openDocxReport } from '../services/reports/open-docx';
import { defaultArchiveDir } from './cli-options';

type OpenOptions = { archive: string; json?: boolean };

/** `report open <file.docx> [--json] [--archive <dir>]`: a Word document becomes a report; prints its id and fields. */
export async function runReportOpen(file: string, options: OpenOptions): Promise<string> {
  const name = displayName(file);
  // The file is checked (exists, size, a Word zip without a bomb) before the archive is opened.
  await statImportFile(file, name, LIMITS.docxBytes);
  const bytes = await readFile(file);
  const archive = await Archive.open(path.resolve(options.archive));
  try {
    const { report, nd30 } = await openDocxReport(archive.reports, bytes, name);
    const recognized = nd30 !== null && report.meta.layout !== 'plain';
    if (options.json)
      return JSON.stringify(
        { id: report.meta.id, recognized, title: report.meta.title, fields: report.fields },
        null,
        2,
      );
    const f = report.fields;
    return [
      report.meta.id,
      recognized
        ? 'Nhận dạng thể thức NĐ 30 / ND30 layout recognized'
        : 'Mở nguyên văn / opened as a plain document',
      `type: ${f.type}`,
      `parentAgency: ${f.parentAgency ?? ''}`,
      `agency: ${f.agency}`,
      `agencyCode: ${f.agencyCode}`,
      `number: ${f.number ?? ''}`,
      `place: ${f.place}`,
      `date: ${f.date ?? ''}`,
      `summary: ${f.summary}`,
      `addressees: ${f.addressees.join('; ')}`,
      `recipients: ${f.recipients.join('; ')}`,
      `signer: ${[f.signerAuthority, f.signerTitle, f.signerName].filter(Boolean).join(' / ')}`,
    ].join('\n');
  } finally {
    await archive.close();
  }
}

export function registerReportOpenCommand(report: Command): void {
  report
    .command('open <file>')
    .description('Mở tệp Word (.docx) thành báo cáo / open a Word document as a report')
    .option('--archive <dir>', 'thư mục kho / archive folder', defaultArchiveDir())
    .option('--json', 'in JSON / print JSON')
    .action(async (file: string, options: OpenOptions) => {
      console.log(await runReportOpen(file, options));
    });
}
