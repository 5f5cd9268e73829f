import { create } from 'zustand';
import type { ReportListItem } from '../../../../shared/ipc/reports';
import { showToast } from '../../app/toast-store';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';

type ReportsState = {
  items: ReportListItem[];
  query: string;
  /** Showing the trash instead of the reports. */
  trash: boolean;
  loading: boolean;
  /** The report open in the editor; null shows the list. */
  openId: string | null;
  setQuery(query: string): void;
  setTrash(trash: boolean): void;
  refresh(): Promise<void>;
  open(id: string): void;
  close(): void;
};

let request = 0;

export const useReportsStore = create<ReportsState>((set, get) => ({
  items: [],
  query: '',
  trash: false,
  loading: true,
  openId: null,
  setQuery(query) {
    set({ query });
    void get().refresh();
  },
  setTrash(trash) {
    set({ trash, items: [] });
    void get().refresh();
  },
  async refresh() {
    const mine = ++request;
    const { query, trash } = get();
    set({ loading: true });
    try {
      const items = await api.reports.list({ query: query || undefined, trash });
      // A slower answer to an older filter must not replace a newer one.
      if (mine === request) set({ items, loading: false });
    } catch (error) {
      if (mine === request) set({ loading: false });
      showToast({ message: errorText(error), tone: 'error' });
    }
  },
  open: (id) => set({ openId: id }),
  close() {
    set({ openId: null });
    void get().refresh();
  },
}));
