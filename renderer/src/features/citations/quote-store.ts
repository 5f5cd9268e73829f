import { create } from 'zustand';

type QuoteState = {
  /** The report quoted into last: offered first next time. */
  lastReportId: string | null;
  /** Each report's last cursor position in the editor: where the next quote goes. */
  cursors: Record<string, number>;
  rememberCursor(reportId: string, pos: number): void;
  setLastReport(reportId: string): void;
};

export const useQuoteStore = create<QuoteState>((set, get) => ({
  lastReportId: null,
  cursors: {},
  rememberCursor: (reportId, pos) => {
    if (get().cursors[reportId] !== pos) set({ cursors: { ...get().cursors, [reportId]: pos } });
  },
  setLastReport: (reportId) => set({ lastReportId: reportId }),
}));
