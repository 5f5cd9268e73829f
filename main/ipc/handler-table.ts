import type { z } from 'zod';
import type { ChannelName, ChannelOutput, Contract } from '../../shared/ipc';
import type { AppServices } from '../services/app-services';
import { createAppHandlers } from './app-handlers';
import { createArchiveHandlers } from './archive-handlers';
import { createSearchHandlers } from './search-handlers';
import { createImportHandlers } from './import-handlers';
import { createSampleHandlers } from './sample-handlers';
import { createReportHandlers } from './report-handlers';
import { createReportOutputHandlers } from './report-output-handlers';
import { createReportDocxHandlers } from './report-docx-handlers';
import type { PdfRenderer } from '../services/export/pdf';
import { createCitationsHandlers } from './citations-handlers';
import { createClipboardHandlers } from './clipboard-handlers';

export type Handler<C extends ChannelName> = (
  input: z.output<Contract[C]['input']>,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

export type HandlerTable = { [C in ChannelName]: Handler<C> };

export type HandlerDeps = AppServices & {
  /** How the shell opens a URL in the system browser after the user confirmed it. */
  openExternal(url: string): Promise<boolean>;
  /** The native file dialog for import (Electron); the web host leaves it out and the UI uses <input type=file>. */
  pickFiles?(): Promise<string[] | null>;
  /** Electron prints PDFs with its own webContents.printToPDF; elsewhere a Chromium on the machine does. */
  renderPdf?: PdfRenderer;
  /** The native save dialog (Electron): writes the exported file and returns its path, null if cancelled. */
  saveFile?(fileName: string, bytes: Uint8Array): Promise<string | null>;
  /** The system clipboard's plain text (Electron); the web host leaves it out and the page reads its own. */
  readClipboardText?(): Promise<string>;
  /** The native save dialog (Electron) for a file main writes itself; null if cancelled. */
  chooseSavePath?(fileName: string): Promise<string | null>;
};

/** One table, served by Electron's ipcMain and by the loopback host alike. */
export function createHandlerTable(deps: HandlerDeps): HandlerTable {
  return {
    ...createAppHandlers(deps),
    ...createArchiveHandlers(deps),
    ...createSearchHandlers(deps),
    ...createImportHandlers(deps),
    ...createSampleHandlers(deps),
    ...createReportHandlers(deps),
    ...createReportOutputHandlers(deps),
    ...createReportDocxHandlers(deps),
    ...createCitationsHandlers(deps),
    ...createClipboardHandlers(deps),
  };
}
