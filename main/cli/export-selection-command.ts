import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../shared/errors';
import type { ArticleListQuery } from '../../shared/ipc/archive';
import type { Archive } from '../services/archive';
import { exportSelection } from '../services/archive/export-selection';
import { ArticleQuery } from '../services/archive/list-query';
import { toIsoDay } from './cli-options';
import { print, withArchive } from './with-archive';

export type ExportSelectionOptions = {
  archive: string;
  ids?: string;
  category?: string;
  from?: string;
  to?: string;
  site?: string;
  starred?: boolean;
  all?: boolean;
  overwrite?: boolean;
  json?: boolean;
};

const PAGE = 500;

/** The ids named with --ids, or every article the filters match (newest first). */
function selectedIds(
  archive: Archive,
  options: ExportSelectionOptions,
  categoryId: (archive: Archive, wanted: string) => string,
): string[] {
  if (options.ids)
    return options.ids
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
  const query: ArticleListQuery = {
    categoryId: options.category === undefined ? undefined : categoryId(archive, options.category),
    from: toIsoDay(options.from, '--from'),
    to: toIsoDay(options.to, '--to'),
    site: options.site,
    starred: options.starred ? true : undefined,
  };
  const filtered = Object.values(query).some((value) => value !== undefined);
  if (!filtered && !options.all)
    throw new AppError(
      'invalid-input',
      'chọn tin bài bằng --ids, bộ lọc (--category, --from, --to, --site, --starred) hoặc --all / choose articles with --ids, filters or --all',
    );
  const list = new ArticleQuery(() => archive);
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = list.run({ ...query, offset, limit: PAGE });
    ids.push(...page.items.map((item) => item.id));
    if (offset + PAGE >= page.total) break;
  }
  return ids;
}

/** A progress line on a terminal only; scripts reading stderr get no carriage-return noise. */
function progressLine(done: number, total: number, bytes: number): void {
  if (!process.stderr.isTTY) return;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  process.stderr.write(
    `\rĐang xuất / exporting ${done}/${total} (${mb} MB)${done === total ? '\n' : ''}`,
  );
}

/**
 * `export-selection <zip>`: the library's "Xuất" from the command line — the same streamed zip,
 * importable elsewhere with `import-archive`. Ctrl+C stops it and leaves no file.
 */
export function registerExportSelectionCommand(
  program: Command,
  archiveOption: (command: Command) => Command,
  categoryId: (archive: Archive, wanted: string) => string,
): void {
  archiveOption(
    program
      .command('export-selection <zip>')
      .description(
        'Xuất các tin bài chọn ra tệp zip (trang web + ảnh, nhập lại được bằng import-archive) / export chosen articles as a zip',
      )
      .option('--ids <id,id,…>', 'mã tin bài / article ids')
      .option('--category <name>', 'chuyên mục (tên hoặc mã) / category name or id')
      .option('--from <dd/mm/yyyy>')
      .option('--to <dd/mm/yyyy>')
      .option('--site <name>')
      .option('--starred')
      .option('--all', 'mọi tin bài / every article')
      .option('--overwrite', 'ghi đè tệp đã có / replace an existing file')
      .option('--json'),
  ).action(async (zip: string, options: ExportSelectionOptions) =>
    withArchive(options.archive, true, async (archive) => {
      const ids = selectedIds(archive, options, categoryId);
      if (ids.length === 0)
        throw new AppError('not-found', 'không có tin bài nào khớp / no article matches');
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      try {
        // A terminal's relative path means the current folder; the service takes absolute paths only.
        const result = await exportSelection(archive, ids, path.resolve(zip), {
          signal: controller.signal,
          overwrite: options.overwrite,
          onProgress: (done, total, bytes) => {
            if (!options.json) progressLine(done, total, bytes);
          },
        });
        print(options.json, result, () =>
          [
            `Đã xuất ${result.articles} tin bài, ${result.images} ảnh / exported ${result.articles} articles, ${result.images} images → ${result.path}`,
            ...result.missingBodies.map(
              (m) => `thiếu nội dung / body missing  ${m.id}  ${m.title}`,
            ),
          ].join('\n'),
        );
      } finally {
        process.off('SIGINT', stop);
      }
    }),
  );
}
