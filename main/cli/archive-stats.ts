import type { Archive, ArchiveStatus, BackupInfo } from '../services/archive';

export type ArchiveStats = {
  dir: string;
  articles: number;
  trash: number;
  bodiesMissing: number;
  reports: number;
  oldest: string | null;
  newest: string | null;
  categories: { id: string; name: string; count: number }[];
  backups: BackupInfo[];
  status: ArchiveStatus;
};

export async function archiveStats(archive: Archive): Promise<ArchiveStats> {
  await archive.idle();
  const metas = archive.listArticles();
  const dates = metas
    .map((m) => m.publishedAt)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    dir: archive.dir,
    articles: metas.length,
    trash: archive.trashCount(),
    bodiesMissing: metas.filter((m) => archive.isBodyMissing(m.id)).length,
    reports: (await archive.reports.list()).length,
    oldest: dates[0] ?? null,
    newest: dates.at(-1) ?? null,
    categories: archive.listCategories(),
    backups: await archive.listBackups(),
    status: archive.status(),
  };
}

export function printStats(stats: ArchiveStats, json?: boolean): void {
  if (json) {
    console.log(JSON.stringify(stats, null, 2));
    return;
  }
  const lines = [
    `Kho / archive: ${stats.dir}`,
    `Tin bài / articles: ${stats.articles} (thùng rác / trash ${stats.trash}, thiếu nội dung / body missing ${stats.bodiesMissing})`,
    `Báo cáo / reports: ${stats.reports}`,
    `Thời gian / dates: ${stats.oldest?.slice(0, 10) ?? '—'} → ${stats.newest?.slice(0, 10) ?? '—'}`,
    'Chuyên mục / categories:',
    ...stats.categories.map((c) => `  ${String(c.count).padStart(7)}  ${c.name}`),
    `Sao lưu / backups: ${stats.backups.length} (mới nhất / newest: ${stats.backups[0]?.name ?? '—'})`,
    ...stats.status.problems.map((p) => `LỖI / PROBLEM  ${p.file}: ${p.reason}`),
  ];
  console.log(lines.join('\n'));
}
