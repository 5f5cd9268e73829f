import { isSafeExternalUrl } from '../../shared/external-url';
import { buildDiagnostics } from '../services/log/diagnostics';
import type { HandlerDeps, HandlerTable } from './handler-table';

type AppChannels =
  | 'app.info'
  | 'app.openExternal'
  | 'settings.get'
  | 'settings.set'
  | 'settings.reset'
  | 'jobs.cancel'
  | 'app.saveDiagnostics';

export function createAppHandlers(deps: HandlerDeps): Pick<HandlerTable, AppChannels> {
  return {
    'app.info': () => ({
      name: 'Kho Tin',
      version: deps.version,
      platform: process.platform,
      shell: deps.shell,
      archivePath: deps.paths.archiveDir,
      userDataPath: deps.paths.userDataDir,
    }),
    'app.openExternal': async ({ url }) => ({
      opened: isSafeExternalUrl(url) ? await deps.openExternal(url) : false,
    }),
    'settings.get': () => deps.settings.get(),
    'settings.set': async (patch) => {
      const next = await deps.settings.set(patch);
      deps.events.emit('settings.changed', next);
      return next;
    },
    'settings.reset': async ({ section }) => {
      const next = await deps.settings.reset(section);
      deps.events.emit('settings.changed', next);
      return next;
    },
    'jobs.cancel': ({ jobId }) => ({ cancelled: deps.jobs.cancel(jobId) }),
    'app.saveDiagnostics': async () => {
      const saved = await buildDiagnostics(deps);
      deps.logger.info('diagnostics.saved');
      return saved;
    },
  };
}
