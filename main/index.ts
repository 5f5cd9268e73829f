import { app, dialog, type BrowserWindow } from 'electron';
import electronLog from 'electron-log/main';
import path from 'node:path';
import { openExternalSafe, registerElectronBridge } from './ipc/electron-bridge';
import { installMenu } from './menu';
import { startupFailureText } from './menu-template';
import { APP_ENTRY_URL, APP_ID } from './security/app-origin';
import { openAppServices, type AppServices } from './services/app-services';
import { logDirOf, useLogFiles } from './services/log/log-files';
import { logCrashes, loggerOver, logStart } from './services/log/logger';
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

let services: AppServices | null = null;
let mainWindow: BrowserWindow | null = null;
const cleanups: (() => void)[] = [];

if (app.requestSingleInstanceLock()) {
  registerPrivilegedSchemes();
  app.setAppUserModelId(APP_ID);
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, appUrl, (url) => {
      if (services) void openExternalSafe(url, services, mainWindow);
    });
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeServicesThenQuit);
  app.whenReady().then(start).catch(failStartup);
} else {
  // Another Kho Tin is running: it receives 'second-instance' and comes to the front.
  app.quit();
}

async function start(): Promise<void> {
  logStart(logger, 'electron', app.getVersion());
  const archiveDir = path.join(app.getPath('documents'), 'Kho Tin');
  services = await openAppServices(
    { archiveDir, userDataDir: app.getPath('userData') },
    {
      shell: 'electron',
      version: app.getVersion(),
      followMovedArchive: true,
      logger,
      searchAfterFirstList: true,
    },
  );
  const opened = services;
  registerProtocols(path.join(import.meta.dirname, '../renderer'), () => opened.paths.archiveDir);
  restrictPermissions(appUrl);
  const getWindow = () => mainWindow;
  cleanups.push(
    registerElectronBridge(opened, getWindow, appUrl),
    installMenu(opened, getWindow, isDev),
  );
  mainWindow = createMainWindow({
    userDataDir: opened.paths.userDataDir,
    preloadPath: path.join(import.meta.dirname, '../preload/index.cjs'),
    url: appUrl,
    devTools: isDev,
    onZoom: (command) => opened.events.emit('menu.command', { command }),
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
  const closing = services;
  if (!closing) return;
  event.preventDefault();
  services = null;
  cleanups.splice(0).forEach((cleanup) => cleanup());
  closing
    .close()
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
