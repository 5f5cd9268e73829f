import { useEffect } from 'react';
import { api } from '../../platform/api';
import { useReportsStore } from './reports-store';

/** Autosaves in another window arrive about once a second: one list call per burst is enough. */
const SETTLE_MS = 250;

/**
 * The list follows reports written elsewhere in the app: another window, a quote from the
 * reader, a compiled report, a restored backup. Main says which; the list asks for itself again.
 */
export function useReportsRefresh(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = api.on('reports.changed', () => {
      timer ??= setTimeout(() => {
        timer = null;
        void useReportsStore.getState().refresh();
      }, SETTLE_MS);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, []);
}
