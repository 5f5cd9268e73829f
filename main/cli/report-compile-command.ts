import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../shared/errors';
import { COMPILE_CONFIRM_AT, type CompileSource } from '../../shared/ipc/citations';
import { ReportFieldsSchema, type ReportFields } from '../../shared/report/fields';
import { Archive } from '../services/archive';
import { CompileService } from '../services/compile/compile-service';
import { EventBus } from '../services/event-bus';
import { JobRunner } from '../services/jobs';
import { SearchService } from '../services/search/search-service';
import { defaultArchiveDir, toIsoDay } from './cli-options';
import { findCategoryId } from './search-commands';

type CompileOptions = {
  archive: string;
  from: string;
  to: string;
  category: string[];
  query?: string;
  title: string;
  fields?: string;
  yes?: boolean;
  json?: boolean;
};

/** --fields for a compile: any subset of the ND30 fields, every problem named by its field. */
async function readFieldsFile(file: string): Promise<Partial<ReportFields>> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new AppError('invalid-input', `--fields ${file}: ${(error as Error).message}`);
  }
  const parsed = ReportFieldsSchema.partial().strict().safeParse(value);
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.map((issue) => {
    const field = issue.path.join('.');
    return field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message;
  });
  throw new AppError('invalid-input', `--fields ${file}: ${messages.join('; ')}`);
}

async function runCompile(options: CompileOptions): Promise<void> {
  // Everything is read and checked before the archive is opened for writing.
  const fields = options.fields ? await readFieldsFile(options.fields) : undefined;
  const from = toIsoDay(options.from, '--from');
  const to = toIsoDay(options.to, '--to');
  const archive = await Archive.open(path.resolve(options.archive));
  const search = options.query?.trim()
    ? SearchService.open({
        source: archive,
        indexDir: path.join(archive.dir, 'index'),
        jobs: new JobRunner(new EventBus()),
      })
    : null;
  try {
    await search?.whenIdle();
    const source: CompileSource = {
      from,
      to,
      query: options.query,
      ...(options.category.length > 0
        ? { categoryIds: options.category.map((c) => findCategoryId(archive, c)) }
        : {}),
    };
    const service = new CompileService({
      archive,
      search,
      reportDefaults: () => ({}),
      createReport: async (input) => ({ id: (await archive.reports.create(input)).meta.id }),
    });
    const preview = await service.preview({ source });
    if (preview.total === 0)
      throw new AppError(
        'compile-empty',
        `không có tin bài nào từ ${options.from} đến ${options.to}; chưa tạo báo cáo / no articles in that range; nothing created`,
      );
    if (preview.confirmRequired && !options.yes)
      throw new AppError(
        'compile-confirm',
        `${preview.total} tin bài (≥ ${COMPILE_CONFIRM_AT}): thêm --yes để xác nhận / ${preview.total} articles: add --yes to confirm`,
      );
    for (const missing of preview.missingBodies)
      process.stderr.write(
        `Mất tệp nội dung, ghi chú trong báo cáo / body file missing, noted: ${missing.title} [${missing.id}]\n`,
      );
    const result = await service.compile({
      source,
      title: options.title,
      fields,
      confirmed: Boolean(options.yes),
    });
    if (options.json) console.log(JSON.stringify(result, null, 2));
    else
      console.log(
        `${result.id}  ${result.articles} tin bài / articles, ${preview.sections.length} chuyên mục / categories`,
      );
  } finally {
    await search?.close();
    await archive.close();
  }
}

/** `report compile`: the "Tạo báo cáo tổng hợp" of the app, from a date range on the command line. */
export function registerReportCompileCommand(report: Command): void {
  report
    .command('compile')
    .description('Tạo báo cáo tổng hợp từ tin bài / compile a summary report from articles')
    .option('--archive <folder>', 'thư mục kho dữ liệu / archive folder', defaultArchiveDir())
    .requiredOption('--from <dd/mm/yyyy>', 'từ ngày / from date')
    .requiredOption('--to <dd/mm/yyyy>', 'đến ngày / to date')
    .option(
      '--category <name|id>',
      'chuyên mục (lặp lại được) / category (repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--query <q>', 'từ khóa, như ô tìm kiếm / search query')
    .requiredOption('--title <title>', 'tên báo cáo / report title')
    .option('--fields <file.json>', 'thể thức NĐ30 / ND30 fields (JSON)')
    .option('--yes', `xác nhận khi có từ ${COMPILE_CONFIRM_AT} tin bài / confirm large compiles`)
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .action(runCompile);
}
