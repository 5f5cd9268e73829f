import type { ParsedQuery } from '../../../shared/text/search-query';
import { hasPhrases, hasPhrasesFolded } from './phrase-check';
import { STORED_FIELDS, type PhraseCandidates } from './phrase-filter';
import { selectTop, type Compare } from './rank';
import type { QueryContext } from './run-query';

/** Up to this many candidates, every one is checked and the total is exact. */
export const CHECK_ALL = 100;
/**
 * Beyond that, candidates are checked best-ranked first, only until the page is full, and at
 * most this many (or a dozen per row asked for, for the later pages); the total is estimated
 * from the share confirmed. One check inflates and folds a body (~20 µs on a quiet core, ~70
 * under load), so this bounds a page at a few tens of milliseconds.
 */
const MAX_CHECKS = 600;
const CHECKS_PER_ROW = 12;
/** Bodies read at once: enough to overlap disk waits, few enough to stay light. */
const READ_BATCH = 64;

async function holdsPhrases(
  ctx: QueryContext,
  doc: number,
  parsed: ParsedQuery,
  fields: number,
): Promise<boolean> {
  const meta = ctx.source.getMeta(ctx.index.docs.ids[doc]!);
  if (!meta) return false;
  const category = ctx.categoryName(meta.categoryId);
  // No phrase can stand in the body or captions: the catalogue's fields decide, nothing is read.
  if ((fields & STORED_FIELDS) === 0)
    return hasPhrasesFolded(parsed.phrases, meta, null, category, fields);
  // The stored folded body is one cheap read: check every field at once.
  const folded = await ctx.readFolded(meta);
  if (folded !== null) return hasPhrasesFolded(parsed.phrases, meta, folded, category, fields);
  if (hasPhrases(parsed.phrases, meta, null, category)) return true;
  return hasPhrases(parsed.phrases, meta, await ctx.source.readBody(meta.id), category);
}

/** The docs (in the order given) whose text holds every phrase, reading bodies only when they may hold one. */
export async function confirm(
  ctx: QueryContext,
  docs: readonly number[],
  parsed: ParsedQuery,
  fields: Uint8Array,
): Promise<number[]> {
  const kept: number[] = [];
  for (let start = 0; start < docs.length; start += READ_BATCH) {
    const batch = docs.slice(start, start + READ_BATCH);
    const checks = await Promise.all(
      batch.map((doc) => holdsPhrases(ctx, doc, parsed, fields[doc]!)),
    );
    batch.forEach((doc, i) => checks[i] && kept.push(doc));
  }
  return kept;
}

/**
 * Ranked docs holding the query's phrases, at least `need` of them when there are that many.
 * The index has no word positions, so phrases are confirmed on the text. With many candidates
 * only the best-ranked are checked, as many as the page needs, so one page costs a bounded
 * number of reads, and the total is an estimate from the share confirmed. A rare phrase among
 * thousands of candidates may then show fewer rows than it has; matchingIds stays exact.
 */
export async function phrasePage(
  ctx: QueryContext,
  candidates: PhraseCandidates,
  parsed: ParsedQuery,
  compare: Compare,
  need: number,
): Promise<{ ranked: number[]; total: number }> {
  const { docs, fields } = candidates;
  if (docs.length <= CHECK_ALL) {
    const kept = await confirm(ctx, Array.from(docs), parsed, fields);
    return { ranked: selectTop(kept, need, compare), total: kept.length };
  }
  const confirmed: number[] = [];
  const limit = Math.min(docs.length, Math.max(MAX_CHECKS, need * CHECKS_PER_ROW));
  let checked = 0;
  let k = Math.max(need * 2, 64);
  while (confirmed.length < need && checked < limit) {
    const ordered = selectTop(docs, Math.min(k, limit), compare);
    confirmed.push(...(await confirm(ctx, ordered.slice(checked), parsed, fields)));
    checked = ordered.length;
    k *= 4;
  }
  return {
    ranked: confirmed,
    total: Math.round((confirmed.length / Math.max(1, checked)) * docs.length),
  };
}
