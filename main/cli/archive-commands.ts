import type { Command } from 'commander';

/** Commands of the archive domain; filled in by the issue that builds it. */
export function registerArchiveCommands(program: Command): void {
  void program;
}
