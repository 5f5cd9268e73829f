import { Command } from 'commander';
import { registerArchiveCommands } from './cli/archive-commands';
import { registerImportCommands } from './cli/import-commands';
import { registerSearchCommands } from './cli/search-commands';
import { registerReportCommands } from './cli/report-commands';

/**
 * The admin command line (`npm run cli -- <command>`), for IT staff and for tests. It runs the
 * same services as the app; each domain registers its commands from main/cli/<domain>-commands.ts.
 */
const program = new Command()
  .name('kho-tin')
  .description('Kho Tin — công cụ quản trị kho tin bài')
  .showHelpAfterError();

registerArchiveCommands(program);
registerImportCommands(program);
registerSearchCommands(program);
registerReportCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
