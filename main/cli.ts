import { Command } from 'commander';
import { AppError } from '../shared/errors';
import { errorMessage } from '../shared/i18n/resources';
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
  // A typed error in both languages with its detail; anything else as it came.
  console.error(
    error instanceof AppError
      ? `${errorMessage(error.code, 'vi')} / ${errorMessage(error.code, 'en')}${error.detail ? `\n  ${error.detail}` : ''}`
      : error instanceof Error
        ? error.message
        : String(error),
  );
  process.exitCode = 2;
});
