import { BrowserWindow, net, protocol, session, type WebContents } from 'electron';
import windowStateKeeper from 'electron-window-state';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY, MEDIA_PROTOCOL } from '../shared/csp';
import type { MenuCommand } from '../shared/ipc/events';
import { APP_SCHEME } from './security/app-origin';
import { resolveAppFile, resolveMediaFile } from './security/protocol-paths';
import {
  WINDOW_DEFAULTS,
  decideNavigation,
  isPermissionGranted,
  secureWebPreferences,
} from './security/window-policy';

/** Must run before `app` is ready: schemes are privileged at startup or never. */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // corsEnabled: Vite's module scripts carry `crossorigin`; codeCache: faster second start.
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        codeCache: true,
      },
    },
    { scheme: MEDIA_PROTOCOL, privileges: { standard: true, secure: true } },
  ]);
}

/**
 * Serves the built renderer as `app://kho-tin/…` with the CSP as a response header, and the
 * archive's images as `khotin-media://media/<file>`. Paths that leave their folder get 404.
 * `archiveDir` is read per request: the user can move the archive while the app runs.
 */
export function registerProtocols(rendererDir: string, archiveDir: () => string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return notFound();
    const response = await fetchFile(file);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
  protocol.handle(MEDIA_PROTOCOL, async (request) => {
    const file = resolveMediaFile(archiveDir(), request.url);
    return file ? fetchFile(file) : notFound();
  });
}

async function fetchFile(file: string): Promise<Response> {
  try {
    // net.fetch sets the content type from the extension; a folder or a missing file is a 404.
    if (!(await stat(file)).isFile()) return notFound();
    return await net.fetch(pathToFileURL(file).toString());
  } catch {
    return notFound();
  }
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** Web permissions: only what window-policy grants, only to the app's own page. */
export function restrictPermissions(appUrl: string): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, appUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, appUrl),
  );
  ses.setDevicePermissionHandler(() => false);
}

/**
 * Applied to every WebContents the app ever creates: navigation away is refused (an http(s)
 * target is offered to the browser through openExternal, which asks first), new windows and
 * <webview> are denied.
 */
export function guardWebContents(
  contents: WebContents,
  appUrl: string,
  openExternal: (url: string) => void,
): void {
  const onNavigate = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url, appUrl);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openExternal(url);
  };
  contents.on('will-navigate', (event) => onNavigate(event, event.url));
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url, appUrl) !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url, appUrl) === 'open-external') openExternal(url);
    return { action: 'deny' };
  });
}

export type MainWindowOptions = {
  userDataDir: string;
  preloadPath: string;
  url: string;
  devTools: boolean;
  /** Ctrl + mouse wheel becomes the reader's font size, like the menu's zoom items. */
  onZoom(command: MenuCommand): void;
};

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = windowStateKeeper({
    path: options.userDataDir,
    file: WINDOW_DEFAULTS.stateFile,
    defaultWidth: WINDOW_DEFAULTS.defaultWidth,
    defaultHeight: WINDOW_DEFAULTS.defaultHeight,
  });
  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: WINDOW_DEFAULTS.minWidth,
    minHeight: WINDOW_DEFAULTS.minHeight,
    title: 'Kho Tin',
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools }),
  });
  state.manage(win);
  win.once('ready-to-show', () => win.show());
  disablePageZoom(win.webContents, options.onZoom);
  void win.loadURL(options.url);
  return win;
}

function disablePageZoom(contents: WebContents, onZoom: (command: MenuCommand) => void): void {
  void contents.setVisualZoomLevelLimits(1, 1);
  contents.on('zoom-changed', (_event, direction) => {
    contents.setZoomFactor(1);
    onZoom(direction === 'in' ? 'reader.fontLarger' : 'reader.fontSmaller');
  });
}
