import type { Command } from 'commander';

/** Commands of the search domain; filled in by the issue that builds it. */
export function registerSearchCommands(program: Command): void {
  void program;
}
