import path from 'node:path';
import type { JobProgress } from '../../shared/jobs';
import type { Command } from 'commander';
import { AppError } from '../../shared/errors';
import {
  SEARCH_SORTS,
  SearchQuerySchema,
  type SearchFilters,
  type SearchSort,
} from '../../shared/ipc/search';
import { formatDisplayDate } from '../../shared/text/dates';
import { foldVietnamese } from '../../shared/text/vietnamese';
import { Archive } from '../services/archive';
import { EventBus } from '../services/event-bus';
import { JobRunner } from '../services/jobs';
import { SearchService } from '../services/search/search-service';
import { defaultArchiveDir, toIsoDay } from './cli-options';

type SearchOptions = {
  archive: string;
  category?: string;
  from?: string;
  to?: string;
  site?: string;
  sort: string;
  limit: string;
  json?: boolean;
};

/** A category given by id or by name, marks and case ignored. */
export function findCategoryId(archive: Pick<Archive, 'listCategories'>, wanted: string): string {
  const folded = foldVietnamese(wanted.trim());
  const found = archive
    .listCategories()
    .find((c) => c.id === wanted || foldVietnamese(c.name) === folded);
  if (!found)
    throw new AppError(
      'not-found',
      `--category: không có chuyên mục "${wanted}" / no such category`,
    );
  return found.id;
}

const PHASE_NAMES: Record<string, string> = {
  read: 'đọc tin bài / reading articles',
  pack: 'nén chỉ mục / packing the index',
  save: 'lưu chỉ mục / saving the index',
};

/** "Lập chỉ mục 1/3, đọc tin bài / reading articles: 5000/100000". */
export function indexingLine(p: JobProgress): string {
  const step = p.phase
    ? ` ${p.phase.step}/${p.phase.steps}, ${PHASE_NAMES[p.phase.name] ?? p.phase.name}`
    : '';
  const count = p.total > 0 ? `: ${p.done}/${p.total}` : '';
  return `Lập chỉ mục / indexing${step}${count}`;
}

/** Opens the archive and its search index, waiting (with progress on stderr) if the index must be built. */
async function withSearch<T>(
  archiveDir: string,
  work: (search: SearchService, archive: Archive) => Promise<T>,
): Promise<T> {
  // Read-only: searching never changes the archive, and so works while the app holds it.
  const archive = await Archive.open(archiveDir, { readOnly: true });
  const events = new EventBus();
  const off = events.on('job.progress', (p) => {
    if (p.state === 'running' && (p.total > 0 || p.phase))
      process.stderr.write(`\r${indexingLine(p)}`.padEnd(72));
    if (p.state !== 'running') process.stderr.write('\n');
  });
  const search = SearchService.open({
    source: archive,
    indexDir: path.join(archiveDir, 'index'),
    jobs: new JobRunner(events),
  });
  try {
    await search.whenIdle();
    return await work(search, archive);
  } finally {
    off();
    await search.close();
    await archive.close();
  }
}

async function runSearch(query: string, options: SearchOptions): Promise<void> {
  if (!(SEARCH_SORTS as readonly string[]).includes(options.sort)) {
    throw new AppError('invalid-input', `--sort: ${SEARCH_SORTS.join(' | ')}`);
  }
  await withSearch(options.archive, async (search, archive) => {
    const filters: SearchFilters = {
      categoryId:
        options.category === undefined ? undefined : findCategoryId(archive, options.category),
      from: toIsoDay(options.from, '--from'),
      to: toIsoDay(options.to, '--to'),
      site: options.site,
    };
    // A command line query is complete as typed: its last word is not a prefix being typed.
    const input = SearchQuerySchema.parse({
      query: `${query} `,
      filters,
      sort: options.sort as SearchSort,
      limit: Number(options.limit),
    });
    const result = await search.query(input);
    if (options.json) {
      const hits = result.hits.map((hit) => ({
        ...hit,
        publishedAt: archive.getMeta(hit.id)?.publishedAt ?? null,
      }));
      console.log(JSON.stringify({ ...result, hits }, null, 2));
      return;
    }
    console.log(`${result.total} kết quả / results (${result.tookMs} ms)`);
    for (const hit of result.hits) {
      const date = archive.getMeta(hit.id)?.publishedAt;
      console.log(
        `\n${date ? formatDisplayDate(date, { withTime: false }) : '—'}  ${hit.title}  [${hit.id}]\n  ${hit.snippet}`,
      );
    }
  });
}

export function registerSearchCommands(program: Command): void {
  program
    .command('search')
    .description('Tìm tin bài (có hoặc không dấu) / search articles, with or without marks')
    .argument('<query>', 'từ khóa; "cụm từ" trong ngoặc kép, -từ để loại trừ')
    .option('--archive <dir>', 'thư mục kho / archive folder', defaultArchiveDir())
    .option('--category <name|id>', 'chuyên mục / category')
    .option('--from <dd/mm/yyyy>', 'từ ngày / from date')
    .option('--to <dd/mm/yyyy>', 'đến ngày / to date')
    .option('--site <site>', 'trang nguồn / source site')
    .option('--sort <order>', SEARCH_SORTS.join(' | '), 'relevance')
    .option('--limit <n>', 'số kết quả / number of results', '20')
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .action(runSearch);

  program
    .command('reindex')
    .description('Xây dựng lại chỉ mục tìm kiếm / rebuild the search index')
    .option('--archive <dir>', 'thư mục kho / archive folder', defaultArchiveDir())
    .action(async (options: { archive: string }) => {
      await withSearch(options.archive, async (search) => {
        search.reindex();
        await search.whenIdle();
        console.log(
          `Đã lập chỉ mục ${search.status().documents} tin bài / indexed ${search.status().documents} articles`,
        );
      });
    });
}
