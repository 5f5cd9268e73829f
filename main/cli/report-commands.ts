import type { Command } from 'commander';
import { registerReportCompileCommand } from './report-compile-command';
import { registerReportExportCommand } from './report-export-command';
import { registerReportOpenCommand } from './report-open-command';
import { registerReportStoreCommands } from './report-store-commands';

/**
 * `report <subcommand>`: each part of the drafting half adds its subcommands from its own file
 * (report-store-commands.ts: list, show, create; report-export-command.ts: export;
 * report-open-command.ts: open; report-compile-command.ts: compile) through this one group.
 */
export type ReportSubcommands = (report: Command) => void;

const registrars: ReportSubcommands[] = [
  registerReportStoreCommands,
  registerReportExportCommand,
  registerReportOpenCommand,
  registerReportCompileCommand,
];

export function registerReportCommands(program: Command): void {
  const report = program
    .command('report')
    .description('Báo cáo: tạo, xem, xuất, mở tệp Word, tổng hợp / reports');
  for (const register of registrars) register(report);
}
