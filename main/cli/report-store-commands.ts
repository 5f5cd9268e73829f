import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../shared/errors';
import { formatDisplayDate } from '../../shared/text/dates';
import { DEFAULT_FIELDS, ReportFieldsSchema, type ReportFields } from '../../shared/report/fields';
import { docToHtml } from '../services/reports/doc-to-html';
import { htmlToDoc } from '../services/reports/html-to-doc';
import { print, withArchive } from './with-archive';
import { defaultArchiveDir } from './cli-options';

type Common = { archive: string; json?: boolean };
type CreateOptions = Common & { title?: string; fields?: string; body?: string };

/** Reads --fields: JSON whose keys are the ND30 fields; every problem named by its field. */
async function readFields(file: string): Promise<ReportFields> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new AppError('invalid-input', `--fields ${file}: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new AppError('invalid-input', `--fields ${file}: expected a JSON object of fields`);
  const parsed = ReportFieldsSchema.safeParse({ ...DEFAULT_FIELDS, ...value });
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.map((issue) => {
    const field = issue.path.join('.');
    return field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message;
  });
  throw new AppError('invalid-input', `--fields ${file}: ${messages.join('; ')}`);
}

async function runCreate(options: CreateOptions): Promise<void> {
  // Everything is read and checked before the archive is opened, so a bad input writes nothing.
  const fields = options.fields ? await readFields(options.fields) : undefined;
  const content = options.body ? htmlToDoc(await readFile(options.body, 'utf8')) : undefined;
  const report = await withArchive(options.archive, false, (archive) =>
    archive.reports.create({ title: options.title, fields, content }),
  );
  print(options.json, { id: report.meta.id }, () => report.meta.id);
}

async function runList(options: Common & { trash?: boolean }): Promise<void> {
  const items = await withArchive(options.archive, true, (archive) =>
    archive.reports.list({ trash: options.trash }),
  );
  print(options.json, items, () =>
    items
      .map((item) =>
        [
          item.id,
          formatDisplayDate(item.updatedAt),
          `${item.words} từ/words`,
          item.damaged ? `HỎNG/DAMAGED: ${item.damaged}` : item.title,
        ].join('  '),
      )
      .join('\n'),
  );
}

async function runShow(id: string, options: Common): Promise<void> {
  const { report, damaged } = await withArchive(options.archive, true, (archive) =>
    archive.reports.get(id),
  );
  if (!report) {
    print(options.json, { damaged }, () => `${damaged!.file}: ${damaged!.reason}`);
    process.exitCode = 1;
    return;
  }
  const html = docToHtml(report.content);
  print(options.json, { meta: report.meta, fields: report.fields, html }, () =>
    [
      `# ${report.meta.title}`,
      ...Object.entries(report.fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`),
      '',
      html,
    ].join('\n'),
  );
}

/** `report list | show | create`: the reports in the archive, for IT staff, scripts and tests. */
export function registerReportStoreCommands(report: Command): void {
  const common = (command: Command) =>
    command
      .option('--archive <folder>', 'thư mục kho dữ liệu / archive folder', defaultArchiveDir())
      .option('--json');
  common(
    report.command('list').description('Danh sách báo cáo / list reports').option('--trash'),
  ).action(runList);
  common(report.command('show <id>').description('Xem một báo cáo / show a report')).action(
    runShow,
  );
  common(
    report
      .command('create')
      .description('Tạo báo cáo / create a report')
      .option('--title <title>', 'tiêu đề / title (mặc định: trích yếu / default: summary)')
      .option('--fields <file.json>', 'thể thức NĐ30 / ND30 fields (JSON)')
      .option('--body <file.html>', 'nội dung / body (HTML, sanitized as a paste)'),
  ).action(runCreate);
}
