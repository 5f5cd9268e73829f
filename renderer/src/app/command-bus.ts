import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc/events';

/** Commands that arrive from the native menu or from a keyboard shortcut in the browser. */
export type AppCommand = MenuCommand | 'print';

const handlers = new Map<AppCommand, Set<() => void>>();

/** Runs the most recently registered handler: the view in front wins (the reader over the library). */
export function dispatchCommand(command: AppCommand): boolean {
  const set = handlers.get(command);
  const last = set ? [...set].at(-1) : undefined;
  last?.();
  return last !== undefined;
}

export function hasCommandHandler(command: AppCommand): boolean {
  return (handlers.get(command)?.size ?? 0) > 0;
}

/** Registers handlers while the calling component is mounted. */
export function useCommands(table: Partial<Record<AppCommand, () => void>>): void {
  useEffect(() => {
    const entries = Object.entries(table) as [AppCommand, () => void][];
    for (const [command, fn] of entries) {
      const set = handlers.get(command) ?? new Set();
      set.add(fn);
      handlers.set(command, set);
    }
    return () => {
      for (const [command, fn] of entries) handlers.get(command)?.delete(fn);
    };
  }, [table]);
}
