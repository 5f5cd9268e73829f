import type { Stats } from 'node:fs';
import type { ReportListItem } from '../../../shared/ipc/reports';
import type { ReportFields } from '../../../shared/report/fields';
import type { ReportFile, ReportMeta } from '../../../shared/report/report';
import { foldVietnamese } from '../../../shared/text/vietnamese';

/** Identifies one written version of a file: every atomic rename makes a new inode. */
export type FileStamp = { ino: number; size: number; mtimeMs: number };

export function stampOf(stats: Stats): FileStamp {
  return { ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs };
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** What the service keeps in memory per report file: enough to list it and to check a save. */
export type ReportEntry =
  | { kind: 'ok'; meta: ReportMeta; fields: ReportFields; stamp: FileStamp }
  | { kind: 'damaged'; id: string; reason: string; modifiedAt: string };

export function entryOf(report: ReportFile, stamp: FileStamp): ReportEntry {
  return { kind: 'ok', meta: report.meta, fields: report.fields, stamp };
}

export function listItemOf(entry: ReportEntry): ReportListItem {
  if (entry.kind === 'ok') {
    const { fields, meta } = entry;
    return {
      ...meta,
      type: fields.type,
      number: fields.number,
      agencyCode: fields.agencyCode,
      date: fields.date,
      summary: fields.summary,
      damaged: null,
    };
  }
  // A damaged file still gets a row, so it never disappears from the list unnoticed.
  return {
    id: entry.id,
    title: `${entry.id}.json`,
    createdAt: entry.modifiedAt,
    updatedAt: entry.modifiedAt,
    revision: 0,
    words: 0,
    layout: 'nd30',
    final: false,
    deletedAt: null,
    type: 'bao-cao',
    number: null,
    agencyCode: '',
    date: null,
    summary: '',
    damaged: entry.reason,
  };
}

/** Filters by text (title, trích yếu, số, ký hiệu; marks folded) and sorts newest edit first. */
export function selectItems(
  entries: Iterable<ReportEntry>,
  options: { query?: string; trash?: boolean },
): ReportListItem[] {
  const query = foldVietnamese(options.query?.trim() ?? '');
  const items: ReportListItem[] = [];
  for (const entry of entries) {
    const item = listItemOf(entry);
    const inTrash = item.deletedAt !== null;
    if (inTrash !== (options.trash ?? false)) continue;
    if (query && !foldVietnamese(haystack(item)).includes(query)) continue;
    items.push(item);
  }
  const key = (item: ReportListItem) => (options.trash ? item.deletedAt! : item.updatedAt);
  return items.sort((a, b) => key(b).localeCompare(key(a)) || a.id.localeCompare(b.id));
}

function haystack(item: ReportListItem): string {
  return [
    item.title,
    item.summary ?? '',
    item.number ?? '',
    item.agencyCode,
    item.damaged ?? '',
  ].join(' ');
}
