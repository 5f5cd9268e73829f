import {
  applySync,
  planSync,
  refreshArticles,
  type CategoryNames,
  type KeepBody,
} from './index-sync';
import type { SearchIndex } from './search-index';
import type { SearchSource } from './search-source';

/**
 * The articles changed while a rebuild runs. The worker reads the archive as it was when each
 * body was read, and was sent the catalogue as it was at the start, so these are re-read into
 * the new index right after it is swapped in. A change that names no articles (a category
 * renamed, a restore) means: compare everything.
 */
export class RebuildJournal {
  private readonly ids = new Set<string>();
  private all = false;

  note(ids: readonly string[]): void {
    if (ids.length === 0) this.all = true;
    else for (const id of ids) this.ids.add(id);
  }

  /** Brings `index` up to date with what was noted; returns how many articles it re-read or dropped. */
  async apply(
    index: SearchIndex,
    source: SearchSource,
    names: CategoryNames,
    keep: KeepBody,
  ): Promise<number> {
    if (this.all) {
      const plan = await planSync(index, source, names);
      await applySync(index, plan, source, names, {}, keep);
      return plan.stale.length + plan.gone.length;
    }
    if (this.ids.size > 0) await refreshArticles(index, [...this.ids], source, names, keep);
    return this.ids.size;
  }
}
