import path from 'node:path';
import { createHandlerTable, type HandlerTable } from '../main/ipc/handler-table';
import { openAppServices, type AppPaths, type AppServices } from '../main/services/app-services';
import { makeTempFolder } from './temp-folder';

export type TestServices = {
  paths: AppPaths;
  services: AppServices;
  /** The same handler table the shells serve; `openExternal` reports success without a browser. */
  table: HandlerTable;
  /** Closes the services (releasing the archive lock) and deletes the folders. */
  remove(): Promise<void>;
};

/** Every service of the app over a fresh archive and settings folder, as the host would open them. */
export async function openTestServices(): Promise<TestServices> {
  const folder = await makeTempFolder();
  const paths = {
    archiveDir: path.join(folder.dir, 'archive'),
    userDataDir: path.join(folder.dir, 'user'),
  };
  const services = await openAppServices(paths, { shell: 'web', version: 'test' });
  return {
    paths,
    services,
    table: createHandlerTable({ ...services, openExternal: async () => true }),
    async remove() {
      await services.close();
      await folder.remove();
    },
  };
}
