import { Command } from 'commander';
import { AppError } from '../shared/errors';
import { errorMessage } from '../shared/i18n/resources';
import { registerArchiveCommands } from './cli/archive-commands';
import { registerImportCommands } from './cli/import-commands';
import { registerSearchCommands } from './cli/search-commands';
import { registerReportCommands } from './cli/report-commands';
import { defaultUserDataDir } from './services/log/log-files';
import { logCrashes, logStart, safe } from './services/log/logger';
import { openNodeLogger } from './services/log/node-logger';

/**
 * The admin command line (`npm run cli -- <command>`), for IT staff and for tests. It runs the
 * same services as the app; each domain registers its commands from main/cli/<domain>-commands.ts.
 */
const program = new Command()
  .name('kho-tin')
  .description('Kho Tin — công cụ quản trị kho tin bài')
  .showHelpAfterError();

// `npm run cli` passes the package's version along.
const version = process.env.npm_package_version ?? '0.0.0';
const logger = openNodeLogger(defaultUserDataDir(), 'cli');
logCrashes(logger);
// The command's name only: its arguments are file names, titles and search words.
program.hook('preAction', (_program, action) => {
  const names: string[] = [];
  for (let command: Command | null = action; command?.parent; command = command.parent)
    names.unshift(command.name());
  logStart(logger, 'cli', version);
  logger.info('cli.command', { command: safe.code(names.join(' ')) });
});

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
  logger.error('cli.failed', error, {
    code: error instanceof AppError ? safe.code(error.code) : null,
  });
  process.exitCode = 2;
});
