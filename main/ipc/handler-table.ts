import type { z } from 'zod';
import type { ChannelName, ChannelOutput, Contract } from '../../shared/ipc';
import type { AppServices } from '../services/app-services';
import { createAppHandlers } from './app-handlers';
import { createArchiveHandlers } from './archive-handlers';
import { createSearchHandlers } from './search-handlers';
import { createSampleHandlers } from './sample-handlers';

export type Handler<C extends ChannelName> = (
  input: z.output<Contract[C]['input']>,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

export type HandlerTable = { [C in ChannelName]: Handler<C> };

export type HandlerDeps = AppServices & {
  /** How the shell opens a URL in the system browser after the user confirmed it. */
  openExternal(url: string): Promise<boolean>;
};

/** One table, served by Electron's ipcMain and by the loopback host alike. */
export function createHandlerTable(deps: HandlerDeps): HandlerTable {
  return {
    ...createAppHandlers(deps),
    ...createArchiveHandlers(deps),
    ...createSearchHandlers(deps),
    ...createSampleHandlers(deps),
  };
}
