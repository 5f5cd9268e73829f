import { create } from 'zustand';

export type Toast = {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run(): void | Promise<void> };
};

type ToastState = {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] }, timeoutMs?: number): number;
  dismiss(id: number): void;
};

let nextId = 1;
/** Long enough to read the message and reach "Hoàn tác" by keyboard. */
const DEFAULT_TIMEOUT_MS = 8000;

export const useToastStore = create<ToastState>((set, get) => ({
  toasts: [],
  show(toast, timeoutMs = DEFAULT_TIMEOUT_MS) {
    const id = nextId++;
    set({ toasts: [...get().toasts, { tone: 'info', ...toast, id }] });
    window.setTimeout(() => get().dismiss(id), timeoutMs);
    return id;
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
  },
}));

export const showToast = (...args: Parameters<ToastState['show']>) =>
  useToastStore.getState().show(...args);
