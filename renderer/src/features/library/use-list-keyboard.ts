import type { KeyboardEvent } from 'react';

type Options = {
  active: number;
  total: number;
  pageRows: number;
  setActive(index: number): void;
  select(index: number, mods: { ctrl: boolean; shift: boolean }): void;
  open(index: number): void;
  deleteSelected(): void;
};

/** Arrow keys move, Shift extends the selection, Space toggles, Enter opens, Delete deletes. */
export function listKeyHandler(options: Options) {
  return (event: KeyboardEvent) => {
    const { active, total, pageRows } = options;
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: pageRows,
      PageUp: -pageRows,
      Home: -total,
      End: total,
    };
    if (event.key in moves) {
      event.preventDefault();
      const next = Math.max(0, Math.min(total - 1, (active < 0 ? 0 : active) + moves[event.key]!));
      options.setActive(next);
      if (event.shiftKey) options.select(next, { ctrl: false, shift: true });
      return;
    }
    if (active < 0) return;
    if (event.key === ' ') {
      event.preventDefault();
      options.select(active, { ctrl: true, shift: false });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      options.open(active);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      options.deleteSelected();
    }
  };
}
