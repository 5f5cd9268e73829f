import { useLayoutEffect } from 'react';

/** One value its readers subscribe to: a change re-renders (or rewrites) them, not its owner. */
export type ValueSource<T> = {
  get(): T;
  subscribe(listener: () => void): () => void;
};

export function createValueSource<T>(initial: T): ValueSource<T> & { set(value: T): void } {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(value) {
      current = value;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * Runs `write` now and on every change of `source`, outside React's render, for text that changes
 * while the user types (word counts, "Đang lưu…"). Every React commit while the editor has focus
 * walks the editor's DOM up to the caret (React DOM saves the selection of a focused
 * contenteditable around each commit), ~0.5 ms in the middle of a 50-page report; writing the
 * text into its element needs no commit. `write` must be stable (memoised on what it reads).
 */
export function useWriteOnChange<T>(source: ValueSource<T>, write: () => void): void {
  useLayoutEffect(() => {
    write();
    return source.subscribe(write);
  }, [source, write]);
}
