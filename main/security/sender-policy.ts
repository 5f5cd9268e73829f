import { sameOrigin } from './app-origin';

/** What main knows about the frame behind an IPC call (read from Electron's event in the bridge). */
export type SenderInfo = {
  /** The id of the WebContents that sent the call. */
  webContentsId: number;
  /** Null when the frame has already gone away (navigated or destroyed) by the time we look. */
  frameUrl: string | null;
  /** False for iframes: no subframe of the page may ever call the API. */
  isMainFrame: boolean;
};

/**
 * The one question the IPC edge asks before anything else: is this the app's own window, its
 * top frame, showing the app's own page? Anything else (another window, an iframe, a page that
 * somehow navigated away) is refused with `forbidden` and never reaches a handler.
 */
export function isTrustedSender(
  sender: SenderInfo,
  appWebContentsId: number | null,
  appUrl: string,
): boolean {
  return (
    appWebContentsId !== null &&
    sender.webContentsId === appWebContentsId &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    sameOrigin(sender.frameUrl, appUrl)
  );
}
