import { app, dialog, type BrowserWindow } from 'electron';
import electronLog from 'electron-log/main';
import path from 'node:path';
import {
  createElectronHandlerTable,
  openExternalSafe,
  registerElectronBridge,
} from './ipc/electron-bridge';
import type { HandlerTable } from './ipc/handler-table';
import { installMenu } from './menu';
import { startupFailureText } from './menu-template';
import { APP_ENTRY_URL, APP_ID } from './security/app-origin';
import { archiveDirOf, openAppServices, type AppServices } from './services/app-services';
import { FIRST_PAGE_FALLBACK_MS, startEarly, type EarlyStart } from './services/early-answers';
import { EventBus } from './services/event-bus';
import { logDirOf, useLogFiles } from './services/log/log-files';
import { logCrashes, loggerOver, logStart } from './services/log/logger';
import { SettingsStore } from './services/settings/settings-store';
import {
  createMainWindow,
  guardWebContents,
  registerPrivilegedSchemes,
  registerProtocols,
  restrictPermissions,
} from './window';

const isDev = !app.isPackaged;
// The dev server's URL is honoured only when running from source: a packaged app never loads a page named by the environment.
const appUrl =
  isDev && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : APP_ENTRY_URL;

// electron-log, the field's standard, writing <userData>/logs/main.log (5 × 1 MB) for IT.
useLogFiles(electronLog, logDirOf(app.getPath('userData')), 'main.log');
const logger = loggerOver(electronLog);
logCrashes(logger);

let settings: SettingsStore | null = null;
let starting: EarlyStart<HandlerTable> | null = null;
let mainWindow: BrowserWindow | null = null;
const cleanups: (() => void)[] = [];

if (app.requestSingleInstanceLock()) {
  registerPrivilegedSchemes();
  app.setAppUserModelId(APP_ID);
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, appUrl, (url) => {
      if (settings) void openExternalSafe(url, { settings }, mainWindow);
    });
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeServicesThenQuit);
  app.whenReady().then(start).catch(failStartup);
} else {
  // Another Kho Tin is running: it receives 'second-instance' and comes to the front.
  app.quit();
}

/**
 * The window first, the archive after: the page loads, renders and shows its first rows (from
 * the catalogue head) while the archive is still closed; the archive is decoded once that first
 * page is out (early-answers.ts), so a 100,000-article archive starts like a small one.
 */
async function start(): Promise<void> {
  logStart(logger, 'electron', app.getVersion());
  const paths = {
    archiveDir: path.join(app.getPath('documents'), 'Kho Tin'),
    userDataDir: path.resolve(app.getPath('userData')),
  };
  const store = await SettingsStore.open(paths.userDataDir);
  settings = store;
  const events = new EventBus();
  const archiveDir = archiveDirOf(paths, store, true);
  const getWindow = () => mainWindow;
  const early = startEarly({
    archiveDir,
    settings: store,
    openServices: (archiveLock) =>
      openAppServices(paths, {
        shell: 'electron',
        version: app.getVersion(),
        followMovedArchive: true,
        logger,
        searchAfterFirstList: true,
        settings: store,
        events,
        archiveLock,
      }),
    tableOf: (services) => createElectronHandlerTable(services, getWindow),
    openArchiveAfterFirstPageMs: FIRST_PAGE_FALLBACK_MS,
  });
  starting = early;
  early.opening.catch(failStartup);
  // Read per request: the user can move the archive while the app runs.
  let services: AppServices | null = null;
  void early.opening.then(
    ({ services: open }) => (services = open),
    () => undefined,
  );
  registerProtocols(
    path.join(import.meta.dirname, '../renderer'),
    () => services?.paths.archiveDir ?? archiveDir,
  );
  restrictPermissions(appUrl);
  cleanups.push(
    registerElectronBridge({ settings: store, events, logger, early }, getWindow, appUrl),
    installMenu({ settings: store, events }, getWindow, isDev),
  );
  mainWindow = createMainWindow({
    userDataDir: paths.userDataDir,
    preloadPath: path.join(import.meta.dirname, '../preload/index.cjs'),
    url: appUrl,
    devTools: isDev,
    onZoom: (command) => events.emit('menu.command', { command }),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/**
 * Runs once every window has closed (so the page has had its last say over IPC): holds the quit
 * until the services have flushed and released their files (the archive lock), then quits for real.
 */
function closeServicesThenQuit(event: { preventDefault(): void }): void {
  const closing = starting;
  if (!closing) return;
  event.preventDefault();
  starting = null;
  cleanups.splice(0).forEach((cleanup) => cleanup());
  // An archive not opened yet is left unopened; one opening is awaited, then closed.
  closing
    .stop()
    .then((services) => services?.close())
    .catch((error: unknown) => {
      console.error('[main] closing services failed', error);
      logger.error('process.crash', error);
    })
    .finally(() => {
      logger.info('app.stop');
      app.quit();
    });
}

function failStartup(error: unknown): void {
  console.error('[main] startup failed', error);
  logger.error('process.crash', error, { atStartup: true });
  const { title, body } = startupFailureText(error);
  dialog.showErrorBox(title, body);
  app.exit(1);
}
