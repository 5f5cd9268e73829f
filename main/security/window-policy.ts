import { isSafeExternalUrl } from '../../shared/external-url';
import { sameOrigin } from './app-origin';

/**
 * The pure half of main/window.ts: every decision the window makes, with no Electron import, so
 * the unit tests hold them. Electron's defaults are secure today; writing each one out keeps a
 * future upgrade or a careless edit from loosening them silently.
 */
export type SecureWebPreferences = {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  /** Chromium fetches spellcheck dictionaries from Google's servers: the app never goes online. */
  spellcheck: false;
  /** Middle-click (auxclick) could open links in new windows behind the click handlers' back. */
  disableBlinkFeatures: 'Auxclick';
  devTools: boolean;
};

export function secureWebPreferences(
  preloadPath: string,
  options: { devTools: boolean },
): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
    devTools: options.devTools,
  };
}

/** The first-run window fits a 1366×768 office laptop with the taskbar; later runs restore the last bounds. */
export const WINDOW_DEFAULTS = {
  defaultWidth: 1280,
  defaultHeight: 720,
  minWidth: 800,
  minHeight: 560,
  stateFile: 'window-state.json',
} as const;

/**
 * What happens when the page tries to go somewhere. The app's own pages may load (a reload, a
 * full reset); an http(s) link elsewhere is offered to the system browser after the user
 * confirms; anything else (file:, javascript:, data:, custom schemes) is dropped.
 */
export type NavigationDecision = 'allow' | 'open-external' | 'block';

export function decideNavigation(targetUrl: string, appUrl: string): NavigationDecision {
  if (sameOrigin(targetUrl, appUrl)) return 'allow';
  return isSafeExternalUrl(targetUrl) ? 'open-external' : 'block';
}

/**
 * Web permissions the app's own page may use. Writing to the clipboard ("copy link", "copy
 * citation") is the only one: no camera, location, notifications, or anything a remote page
 * could ask for. Reading the clipboard is not granted: "Dán dạng văn bản thuần" asks main for
 * its plain text (readClipboardText in main/ipc/electron-bridge.ts says why).
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  appUrl: string,
): boolean {
  return GRANTED_PERMISSIONS.has(permission) && sameOrigin(requestingUrl, appUrl);
}
