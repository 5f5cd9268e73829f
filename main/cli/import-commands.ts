import type { Command } from 'commander';

/** Commands of the import domain; filled in by the issue that builds it. */
export function registerImportCommands(program: Command): void {
  void program;
}
