import type { ArticleBody, ArticleMeta } from '../../../shared/model';
import type { JobContext } from '../jobs';
import { compact } from './compact';
import { SearchIndex } from './search-index';
import type { SearchSource } from './search-source';
import { Yielder } from './yielder';

/** Body files read at once: overlaps disk waits without holding many bodies in memory. */
const READ_BATCH = 16;

export type CategoryNames = (id: string | null) => string | null;
/** Also given every body read for the index (the text store keeps them for snippets and phrases). */
export type KeepBody = (meta: ArticleMeta, body: ArticleBody | null) => Promise<void>;
const keepNothing: KeepBody = () => Promise.resolve();

/** Stands for a body file that exists but could not be read or parsed (not a missing one: null). */
export const UNREADABLE = Symbol('unreadable body');

/** The bodies of a batch, read at once; UNREADABLE where the archive refused one. */
export function readBodies(
  source: SearchSource,
  metas: readonly ArticleMeta[],
): Promise<(ArticleBody | null | typeof UNREADABLE)[]> {
  return Promise.all(
    metas.map((meta) => source.readBody(meta.id).catch((): typeof UNREADABLE => UNREADABLE)),
  );
}

/** Reads and indexes the given articles into `index`, in slices, reporting progress. */
async function indexArticles(
  index: SearchIndex,
  metas: readonly ArticleMeta[],
  source: SearchSource,
  categoryName: CategoryNames,
  ctx: Partial<JobContext>,
  keep: KeepBody,
): Promise<void> {
  const yielder = new Yielder(ctx.signal);
  for (let start = 0; start < metas.length; start += READ_BATCH) {
    const batch = metas.slice(start, start + READ_BATCH);
    const bodies = await readBodies(source, batch);
    const kept: Promise<void>[] = [];
    batch.forEach((meta, i) => {
      const body = bodies[i]!;
      // The catalogue may have dropped it while its body was read. A body that cannot be read is
      // left out rather than indexed empty: the archive lists it among its problems, and the
      // next sync tries it again once it is repaired.
      if (!source.getMeta(meta.id) || body === UNREADABLE) return;
      index.add(meta, body, categoryName(meta.categoryId));
      kept.push(keep(meta, body));
    });
    await Promise.all(kept);
    ctx.progress?.(Math.min(start + READ_BATCH, metas.length), metas.length, null);
    await yielder.maybeYield();
  }
}

/** Builds a packed index of the whole archive from its body files. */
export async function buildIndex(
  source: SearchSource,
  categoryName: CategoryNames,
  ctx: Partial<JobContext>,
  keep: KeepBody = keepNothing,
): Promise<SearchIndex> {
  const index = SearchIndex.empty();
  ctx.phase?.('read', 1, 3);
  await indexArticles(index, source.listArticles(), source, categoryName, ctx, keep);
  ctx.phase?.('pack', 2, 3);
  return compact(index, ctx.signal, ctx.progress);
}

export type SyncPlan = { stale: ArticleMeta[]; gone: string[] };

/** What differs between the index and the archive: articles new or changed, and articles removed. */
export async function planSync(
  index: SearchIndex,
  source: SearchSource,
  categoryName: CategoryNames,
): Promise<SyncPlan> {
  const yielder = new Yielder();
  const stale: ArticleMeta[] = [];
  const present = new Set<string>();
  for (const meta of source.listArticles()) {
    present.add(meta.id);
    if (!index.isCurrent(meta, categoryName(meta.categoryId))) stale.push(meta);
    await yielder.maybeYield();
  }
  const gone = [...index.docs.liveIds()].filter((id) => !present.has(id));
  return { stale, gone };
}

/** Brings the index up to date with the archive: the catch-up after a load, or after a build raced edits. */
export async function applySync(
  index: SearchIndex,
  plan: SyncPlan,
  source: SearchSource,
  categoryName: CategoryNames,
  ctx: Partial<JobContext> = {},
  keep: KeepBody = keepNothing,
): Promise<void> {
  for (const id of plan.gone) index.remove(id);
  await indexArticles(index, plan.stale, source, categoryName, ctx, keep);
}

/** Re-reads specific articles after the archive reported them added, updated or deleted. */
export async function refreshArticles(
  index: SearchIndex,
  ids: readonly string[],
  source: SearchSource,
  categoryName: CategoryNames,
  keep: KeepBody = keepNothing,
): Promise<void> {
  const metas: ArticleMeta[] = [];
  for (const id of ids) {
    const meta = source.getMeta(id);
    if (!meta) index.remove(id);
    else if (!index.isCurrent(meta, categoryName(meta.categoryId))) metas.push(meta);
  }
  await indexArticles(index, metas, source, categoryName, {}, keep);
}
