import {
  clipboard,
  dialog,
  ipcMain,
  shell,
  type BrowserWindow,
  type IpcMainInvokeEvent,
} from 'electron';
import { AppError } from '../../shared/errors';
import { isSafeExternalUrl } from '../../shared/external-url';
import { errorMessage } from '../../shared/i18n/resources';
import type { InvokeResult } from '../../shared/ipc';
import type { AppServices } from '../services/app-services';
import { externalLinkPrompt, OPEN_BUTTON } from '../security/external-link-prompt';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../security/ipc-transport';
import { isTrustedSender, type SenderInfo } from '../security/sender-policy';
import type { EarlyStart } from '../services/early-answers';
import { createHandlerTable, type HandlerTable } from './handler-table';
import { chooseSavePath, printToPdfHidden, saveExportedFile } from './export-electron';
import { pickImportFiles } from './import-dialog';
import { invokeChannel } from './invoke';

let promptOpen = false;

/**
 * The one way a link leaves the app, used by the IPC channel, `will-navigate` and
 * `setWindowOpenHandler` alike: http(s) only, and only after the user says yes. While one
 * question is on screen, further requests are dropped, so a page cannot stack dialogs.
 */
export async function openExternalSafe(
  url: string,
  services: Pick<AppServices, 'settings'>,
  parent: BrowserWindow | null,
): Promise<boolean> {
  if (!isSafeExternalUrl(url) || promptOpen) return false;
  promptOpen = true;
  try {
    const options = externalLinkPrompt(url, services.settings.get().language);
    const { response } =
      parent && !parent.isDestroyed()
        ? await dialog.showMessageBox(parent, options)
        : await dialog.showMessageBox(options);
    if (response !== OPEN_BUTTON) return false;
    await shell.openExternal(url);
    return true;
  } finally {
    promptOpen = false;
  }
}

/**
 * "Dán dạng văn bản thuần" reads the clipboard here, through this one channel, rather than by
 * granting the page the 'clipboard-read' permission (window-policy.ts). The permission would let
 * any script of our origin, in any frame, read every clipboard format (the HTML and pictures of
 * whatever was copied last, from any program) at any moment without asking. This channel gives
 * plain text only, to our window's main frame only (the trusted-sender check every call passes),
 * and only while the window has the focus — as it has when its toolbar button was just clicked.
 */
async function readClipboardText(win: BrowserWindow | null): Promise<string> {
  if (!win || win.isDestroyed() || !win.isFocused()) throw new AppError('forbidden', 'clipboard');
  return clipboard.readText();
}

function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame.parent === null,
  };
}

/** The handler table with Electron's own dialogs, printing and clipboard, over the opened services. */
export function createElectronHandlerTable(
  services: AppServices,
  getWindow: () => BrowserWindow | null,
): HandlerTable {
  const language = () => services.settings.get().language;
  return createHandlerTable({
    ...services,
    openExternal: (url) => openExternalSafe(url, services, getWindow()),
    pickFiles: () => pickImportFiles(getWindow(), language()),
    renderPdf: printToPdfHidden,
    saveFile: (fileName, bytes) => saveExportedFile(getWindow(), language(), fileName, bytes),
    readClipboardText: () => readClipboardText(getWindow()),
    chooseSavePath: (fileName) => chooseSavePath(getWindow(), language(), fileName),
  });
}

/** What the bridge has from the start, before the archive is open (see early-answers.ts). */
export type BridgeDeps = Pick<AppServices, 'settings' | 'events' | 'logger'> & {
  early: Pick<EarlyStart<HandlerTable>, 'tableFor'>;
};

/**
 * Registers the single `ipcMain.handle` every renderer call goes through, and forwards the
 * event bus to the window. Registered before the window exists and before the archive is open:
 * settings.get and the first page are answered at once, every other call waits for the archive.
 * Returns a function that undoes both (used on quit).
 */
export function registerElectronBridge(
  deps: BridgeDeps,
  getWindow: () => BrowserWindow | null,
  appUrl: string,
): () => void {
  const language = () => deps.settings.get().language;
  const liveWindow = () => {
    const win = getWindow();
    return win && !win.isDestroyed() ? win : null;
  };

  ipcMain.handle(
    IPC_INVOKE_CHANNEL,
    async (event, channel: unknown, input: unknown): Promise<InvokeResult<unknown>> => {
      if (!isTrustedSender(senderInfo(event), liveWindow()?.webContents.id ?? null, appUrl)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: errorMessage('forbidden', language()) },
        };
      }
      const table = (await deps.early.tableFor(channel)) as HandlerTable;
      return invokeChannel(table, channel, input, language, { logger: deps.logger });
    },
  );
  const stopEvents = deps.events.onAny((name, payload) => {
    liveWindow()?.webContents.send(IPC_EVENT_CHANNEL, name, payload);
  });

  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    stopEvents();
  };
}
