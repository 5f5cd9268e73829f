import type { CompilePreview } from '../../../shared/ipc/citations';
import { COMPILE_CONFIRM_AT } from '../../../shared/ipc/citations';
import type { ArticleMeta } from '../../../shared/model';

export type PlannedSection = { categoryId: string | null; name: string; articles: ArticleMeta[] };
export type CompilePlan = { sections: PlannedSection[]; total: number };

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Oldest first; undated articles after every dated one; then by title, so the order is stable. */
function byDateAscending(a: ArticleMeta, b: ArticleMeta): number {
  if (a.publishedAt === null || b.publishedAt === null) {
    if (a.publishedAt !== b.publishedAt) return a.publishedAt === null ? 1 : -1;
  } else {
    const diff = Date.parse(a.publishedAt) - Date.parse(b.publishedAt);
    if (diff !== 0) return diff;
  }
  return collator.compare(a.title, b.title);
}

/**
 * One section per category: in the order asked for, then the others largest first (ties by
 * name); inside each, oldest article first.
 */
export function planCompile(
  articles: readonly ArticleMeta[],
  categoryName: (id: string | null) => string,
  order: readonly (string | null)[] = [],
): CompilePlan {
  const groups = new Map<string | null, ArticleMeta[]>();
  for (const meta of articles) {
    const list = groups.get(meta.categoryId);
    if (list) list.push(meta);
    else groups.set(meta.categoryId, [meta]);
  }
  const sections = [...groups].map(([categoryId, list]) => ({
    categoryId,
    name: categoryName(categoryId),
    articles: list.sort(byDateAscending),
  }));
  const rank = new Map(order.map((id, i) => [id, i]));
  sections.sort((a, b) => {
    const ra = rank.get(a.categoryId) ?? Infinity;
    const rb = rank.get(b.categoryId) ?? Infinity;
    if (ra !== rb) return ra - rb;
    return b.articles.length - a.articles.length || collator.compare(a.name, b.name);
  });
  return { sections, total: articles.length };
}

function vnDay(iso: string): string {
  if (iso.endsWith('+07:00')) return iso.slice(0, 10);
  return new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);
}

export function previewOf(plan: CompilePlan, bodyMissing: (id: string) => boolean): CompilePreview {
  const days: string[] = [];
  const missingBodies: CompilePreview['missingBodies'] = [];
  for (const section of plan.sections) {
    for (const meta of section.articles) {
      if (meta.publishedAt) days.push(vnDay(meta.publishedAt));
      if (bodyMissing(meta.id)) missingBodies.push({ id: meta.id, title: meta.title });
    }
  }
  days.sort();
  return {
    total: plan.total,
    sections: plan.sections.map((s) => ({
      categoryId: s.categoryId,
      name: s.name,
      count: s.articles.length,
    })),
    missingBodies,
    firstDay: days[0] ?? null,
    lastDay: days[days.length - 1] ?? null,
    confirmRequired: plan.total >= COMPILE_CONFIRM_AT,
  };
}
