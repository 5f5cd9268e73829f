import { useEffect } from 'react';
import { dispatchCommand, type AppCommand } from './command-bus';

/** Ctrl (or ⌘) + key → command. `=` and `+` share a key on most layouts. */
const SHORTCUTS: Record<string, AppCommand> = {
  '=': 'reader.fontLarger',
  '+': 'reader.fontLarger',
  '-': 'reader.fontSmaller',
  '0': 'reader.fontReset',
  f: 'find.open',
  p: 'print',
};

/**
 * In Electron the menu's accelerators send these; in the browser the page gets the keys itself,
 * so they are handled here and the browser's own zoom/find/print is prevented while the app has
 * a use for them.
 */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    // In Electron the menu's accelerators cover everything but printing.
    const electron = window.api !== undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const command = SHORTCUTS[event.key.toLowerCase()];
      if (!command || (electron && command !== 'print')) return;
      if (command === 'print') {
        event.preventDefault();
        if (!dispatchCommand('print')) window.print();
        return;
      }
      if (dispatchCommand(command) || command.startsWith('reader.')) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
