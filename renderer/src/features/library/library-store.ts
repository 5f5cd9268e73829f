import { create } from 'zustand';
import type { CategoryWithCount } from './category-types';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';
import { fetchPage, pageSize, type ListRequest, type Row } from './list-pages';
import type { LibraryFilters, LibrarySort } from './list-filters';
import { EMPTY_SELECTION, keepListed, selectAt, type ClickMods, type Selection } from './selection';

type LibraryState = ListRequest & {
  total: number;
  /** Articles in the whole archive, whatever the filters; 0 shows the empty state. */
  archiveTotal: number | null;
  /** Articles in the archive's trash, for "Dọn thùng rác". */
  trashCount: number;
  pages: ReadonlyMap<number, Row[]>;
  loading: boolean;
  error: string | null;
  categories: CategoryWithCount[];
  selection: Selection;
  /** Changes with every new query, filter or sort (not with a refresh): the list goes back to the top. */
  listKey: number;
  setQuery(query: string): void;
  setFilters(patch: Partial<LibraryFilters>): void;
  clearFilters(): void;
  setSort(sort: LibrarySort): void;
  /** Reloads from the first page, keeping the pages' places (after a delete, move, import). */
  refresh(): Promise<void>;
  /** The first page and the categories, unless they are loaded or on their way (at boot, and when the list mounts). */
  start(): void;
  ensureRange(start: number, end: number): void;
  rowAt(index: number): Row | undefined;
  select(index: number, mods: ClickMods): void;
  clearSelection(): void;
  loadCategories(): Promise<void>;
  /** The article before or after `id` in the list as it is sorted and filtered now. */
  neighbour(id: string, direction: 1 | -1): Promise<string | null>;
};

/** Bumped on every new request, so a slow page for an old query never lands in a newer list. */
let generation = 0;
const inFlight = new Set<string>();

export const useLibraryStore = create<LibraryState>((set, get) => {
  async function loadPage(pageIndex: number): Promise<void> {
    const key = `${generation}:${pageIndex}`;
    if (inFlight.has(key) || get().pages.has(pageIndex)) return;
    inFlight.add(key);
    const mine = generation;
    try {
      const page = await fetchPage(get(), pageIndex);
      if (mine !== generation) return;
      const pages = new Map(get().pages).set(pageIndex, page.rows);
      set({ pages, total: page.total, loading: false, error: null });
    } catch (error) {
      if (mine === generation) set({ loading: false, error: errorText(error) });
    } finally {
      inFlight.delete(key);
    }
  }

  function reset(patch: Partial<LibraryState>): void {
    generation++;
    set({
      ...patch,
      pages: new Map(),
      loading: true,
      selection: EMPTY_SELECTION,
      listKey: get().listKey + 1,
    });
    void loadPage(0);
  }

  return {
    query: '',
    filters: {},
    sort: 'date-desc',
    total: 0,
    archiveTotal: null,
    trashCount: 0,
    pages: new Map(),
    loading: true,
    error: null,
    categories: [],
    selection: EMPTY_SELECTION,
    listKey: 0,
    setQuery: (query) => {
      const searching = query.trim() !== '';
      const wasSearching = get().query.trim() !== '';
      // A search starts ranked by relevance: newest first would bury the best match pages down.
      // A date order chosen during the search stays while it goes on; clearing it lists by date.
      let sort = get().sort;
      if (searching && !wasSearching) sort = 'relevance';
      if (!searching && sort === 'relevance') sort = 'date-desc';
      reset({ query, sort });
    },
    setFilters: (patch) => reset({ filters: dropUndefined({ ...get().filters, ...patch }) }),
    clearFilters: () => reset({ filters: {} }),
    setSort: (sort) => reset({ sort }),
    async refresh() {
      const mine = ++generation;
      const indexes = [...new Set([0, ...get().pages.keys()])].sort((a, b) => a - b);
      // start() looks for page 0 in flight, so a mount during a refresh does not start another.
      const firstKey = `${mine}:0`;
      inFlight.add(firstKey);
      try {
        // The old rows stay on screen (and selectable) until every fresh page is in, then all
        // change at once: a list emptied while it reloads loses a Shift+End pressed meanwhile.
        const first = fetchPage(get(), 0);
        // The very first list shows as soon as its page is in, without waiting for the
        // categories and counts (at start the host may answer the page before the archive is open).
        if (get().pages.size === 0)
          void first.then(
            (page) => {
              if (mine === generation && get().pages.size === 0)
                set({ pages: new Map([[0, page.rows]]), total: page.total, loading: false });
            },
            () => undefined,
          );
        const [fresh] = await Promise.all([
          Promise.all(indexes.map((index) => (index === 0 ? first : fetchPage(get(), index)))),
          get().loadCategories(),
        ]);
        if (mine !== generation) return;
        const pages = new Map(get().pages);
        indexes.forEach((index, n) => pages.set(index, fresh[n]!.rows));
        set({
          pages,
          total: fresh[0]!.total,
          loading: false,
          error: null,
          // An import or a rebuild ending elsewhere must not take away what the person selected.
          selection: keepListed(get().selection, pages, pageSize(get())),
        });
      } catch (error) {
        if (mine === generation) set({ loading: false, error: errorText(error) });
      } finally {
        inFlight.delete(firstKey);
      }
    },
    start() {
      if (get().pages.size > 0 || inFlight.has(`${generation}:0`)) return;
      void get().refresh();
    },
    ensureRange(start, end) {
      const size = pageSize(get());
      for (let page = Math.floor(start / size); page <= Math.floor(end / size); page++)
        void loadPage(page);
    },
    rowAt(index) {
      const size = pageSize(get());
      return get().pages.get(Math.floor(index / size))?.[index % size];
    },
    select(index, mods) {
      const idsBetween = (from: number, to: number) => {
        const ids: string[] = [];
        for (let i = from; i <= to; i++) {
          const row = get().rowAt(i);
          if (row) ids.push(row.id);
        }
        return ids;
      };
      set({ selection: selectAt(get().selection, index, mods, idsBetween) });
    },
    clearSelection: () => set({ selection: EMPTY_SELECTION }),
    async loadCategories() {
      try {
        const [categories, status] = await Promise.all([
          api.categories.list(),
          api.archive.status(),
        ]);
        set({ categories, archiveTotal: status.articleCount, trashCount: status.trashCount });
      } catch (error) {
        set({ error: errorText(error) });
      }
    },
    async neighbour(id, direction) {
      for (const [pageIndex, rows] of get().pages) {
        const at = rows.findIndex((row) => row.id === id);
        if (at < 0) continue;
        const index = pageIndex * pageSize(get()) + at + direction;
        if (index < 0 || index >= get().total) return null;
        if (!get().rowAt(index)) await loadPage(Math.floor(index / pageSize(get())));
        return get().rowAt(index)?.id ?? null;
      }
      return null;
    },
  };
});

function dropUndefined(filters: LibraryFilters): LibraryFilters {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined),
  ) as LibraryFilters;
}
