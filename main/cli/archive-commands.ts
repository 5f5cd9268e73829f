import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../shared/errors';
import { ARTICLE_SORTS, type ArticleListQuery, type ArticleSort } from '../../shared/ipc/archive';
import { formatDisplayDate } from '../../shared/text/dates';
import { foldVietnamese } from '../../shared/text/vietnamese';
import { Archive } from '../services/archive';
import { exportArchive, importArchive } from '../services/archive/archive-transfer';
import { ArticleQuery } from '../services/archive/list-query';
import { archiveStats, printStats } from './archive-stats';
import { registerExportSelectionCommand } from './export-selection-command';
import { print, withArchive } from './with-archive';
import { defaultArchiveDir, toIsoDay } from './cli-options';

type Common = { archive: string; json?: boolean };

/** A progress line on a terminal only; scripts reading stderr get no carriage-return noise. */
const progress = (label: string) => (done: number, total: number) => {
  if (process.stderr.isTTY && (done === total || done % 500 === 0))
    process.stderr.write(`\r${label} ${done}/${total}${done === total ? '\n' : ''}`);
};

function categoryId(archive: Archive, wanted: string): string {
  const folded = foldVietnamese(wanted.trim()).toLowerCase();
  const found = archive
    .listCategories()
    .find((c) => c.id === wanted || foldVietnamese(c.name).toLowerCase() === folded);
  if (!found)
    throw new AppError(
      'not-found',
      `--category: không có chuyên mục "${wanted}" / no such category`,
    );
  return found.id;
}

type ListOptions = Common & {
  category?: string;
  from?: string;
  to?: string;
  site?: string;
  starred?: boolean;
  unread?: boolean;
  sort: string;
  limit: string;
  offset: string;
};

async function runList(options: ListOptions): Promise<void> {
  if (!(ARTICLE_SORTS as readonly string[]).includes(options.sort))
    throw new AppError('invalid-input', `--sort: ${ARTICLE_SORTS.join(' | ')}`);
  await withArchive(options.archive, true, async (archive) => {
    const query: ArticleListQuery = {
      categoryId:
        options.category === undefined ? undefined : categoryId(archive, options.category),
      from: toIsoDay(options.from, '--from'),
      to: toIsoDay(options.to, '--to'),
      site: options.site,
      starred: options.starred ? true : undefined,
      read: options.unread ? false : undefined,
      sort: options.sort as ArticleSort,
      offset: Number(options.offset),
      limit: Number(options.limit),
    };
    const result = new ArticleQuery(() => archive).run(query);
    const names = new Map(archive.listCategories().map((c) => [c.id, c.name]));
    print(options.json, result, () =>
      [
        `${result.total} tin bài / articles`,
        ...result.items.map((m) => {
          const date = m.publishedAt ? formatDisplayDate(m.publishedAt) : '--/--/----';
          return `${date}  ${m.id}  [${m.categoryId ? names.get(m.categoryId) : '—'}]  ${m.title}${m.bodyMissing ? '  (thiếu nội dung / body missing)' : ''}`;
        }),
      ].join('\n'),
    );
  });
}

async function runVerify(options: Common): Promise<void> {
  // Read-only: it takes no lock, so IT staff can check an archive the app has open.
  await withArchive(options.archive, true, async (archive) => {
    const report = await archive.verify(
      options.json ? undefined : progress('Đang kiểm tra / checking'),
    );
    print(options.json, report, () =>
      [
        `Đã kiểm tra / checked: ${report.checked.articles} tin bài / articles, ${report.checked.reports} báo cáo / reports, ${report.checked.media} ảnh / images`,
        ...report.problems.map((p) => `LỖI / PROBLEM  ${p.file}: ${p.reason}`),
        ...report.warnings.map((p) => `lưu ý / note    ${p.file}: ${p.reason}`),
        report.problems.length === 0
          ? 'Kho dữ liệu không có lỗi. / No problems found.'
          : `${report.problems.length} lỗi / problems`,
      ].join('\n'),
    );
    if (report.problems.length > 0) process.exitCode = 1;
  });
}

async function runRestore(
  name: string | undefined,
  options: Common & { latest?: boolean },
): Promise<void> {
  await withArchive(options.archive, false, async (archive) => {
    const chosen = name ?? (options.latest ? archive.status().newestBackup : null);
    if (!chosen) {
      const backups = await archive.listBackups();
      print(options.json, backups, () =>
        [
          'Các bản sao lưu (mới nhất trước) / backups, newest first:',
          ...backups.map((b) => `${b.name}  ${b.articleCount} tin bài / articles`),
        ].join('\n'),
      );
      return;
    }
    const status = await archive.restore(chosen);
    print(
      options.json,
      status,
      () =>
        `Đã khôi phục từ / restored from ${chosen}: ${archive.listArticles().length} tin bài / articles`,
    );
  });
}

/**
 * Commands of the archive domain, for IT staff and tests: `npm run cli -- <command> --archive <folder>`.
 * `reindex` is registered by search-commands.ts, which owns the index.
 */
export function registerArchiveCommands(program: Command): void {
  const archiveOption = (command: Command) =>
    command.option(
      '--archive <folder>',
      'thư mục kho dữ liệu / archive folder',
      defaultArchiveDir(),
    );
  archiveOption(
    program.command('stats').description('Thống kê kho / archive statistics').option('--json'),
  ).action(async (options: Common) =>
    withArchive(options.archive, true, async (archive) =>
      printStats(await archiveStats(archive), options.json),
    ),
  );
  archiveOption(
    program
      .command('verify')
      .description(
        'Kiểm tra mọi tệp; mã thoát ≠ 0 khi có lỗi / check every file; exit code ≠ 0 on problems',
      )
      .option('--json'),
  ).action(runVerify);
  archiveOption(
    program.command('backup').description('Tạo bản sao lưu / make a backup').option('--json'),
  ).action(async (options: Common) =>
    withArchive(options.archive, false, async (archive) => {
      const info = await archive.backup('manual');
      print(options.json, info, () => `Đã sao lưu / backed up: ${info.name}`);
    }),
  );
  archiveOption(
    program
      .command('empty-trash')
      .description(
        'Dọn thùng rác: xóa hẳn tin bài đã xóa / empty the trash: remove deleted articles for good',
      )
      .option('--older-than-days <n>', 'chỉ tin đã xóa quá n ngày / only those deleted n+ days ago')
      .option('--json'),
  ).action(async (options: Common & { olderThanDays?: string }) =>
    withArchive(options.archive, false, async (archive) => {
      const days = options.olderThanDays === undefined ? undefined : Number(options.olderThanDays);
      if (days !== undefined && !(Number.isInteger(days) && days >= 0))
        throw new AppError('invalid-input', `--older-than-days: "${options.olderThanDays}"`);
      const before = archive.trashCount();
      const removed = await archive.emptyTrash({ olderThanDays: days });
      print(
        options.json,
        { removed, left: before - removed },
        () => `Đã xóa hẳn ${removed} tin bài / removed ${removed} articles for good`,
      );
    }),
  );
  archiveOption(
    program
      .command('restore [backup]')
      .description(
        'Khôi phục từ bản sao lưu (không tên: liệt kê) / restore a backup (no name: list them)',
      )
      .option('--latest', 'bản tốt mới nhất / newest good backup')
      .option('--json'),
  ).action(runRestore);
  archiveOption(
    program
      .command('export <zip>')
      .description('Xuất toàn bộ kho ra một tệp zip / export the whole archive as one zip'),
  ).action(async (zip: string, options: Common) =>
    withArchive(options.archive, false, async (archive) => {
      const { files } = await exportArchive(archive, zip, progress('Đang nén / zipping'));
      console.log(`Đã xuất ${files} tệp / exported ${files} files → ${path.resolve(zip)}`);
    }),
  );
  registerExportSelectionCommand(program, archiveOption, categoryId);
  archiveOption(
    program
      .command('import-archive <zip>')
      .description('Nhập tin bài từ một kho đã xuất / merge an exported archive in')
      .option('--json'),
  ).action(async (zip: string, options: Common) =>
    withArchive(options.archive, false, async (archive) => {
      const summary = await importArchive(archive, zip);
      print(
        options.json,
        summary,
        () =>
          `Đã thêm / added ${summary.added}, trùng / duplicates ${summary.duplicates}, báo cáo / reports ${summary.reports}, ảnh / images ${summary.media}, thiếu nội dung / missing bodies ${summary.missingBodies}`,
      );
    }),
  );
  archiveOption(
    program
      .command('list')
      .description('Liệt kê tin bài / list articles')
      .option('--category <name>', 'chuyên mục (tên hoặc mã) / category name or id')
      .option('--from <dd/mm/yyyy>')
      .option('--to <dd/mm/yyyy>')
      .option('--site <name>')
      .option('--starred')
      .option('--unread')
      .option('--sort <sort>', ARTICLE_SORTS.join(' | '), 'date-desc')
      .option('--limit <n>', 'số dòng / rows', '50')
      .option('--offset <n>', 'bỏ qua / skip', '0')
      .option('--json'),
  ).action(runList);
}
