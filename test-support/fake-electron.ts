import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, vi } from 'vitest';

/**
 * A stand-in for the parts of Electron the shell calls, for the one place it cannot run: this
 * machine has no Electron binary. It records what main asked for and lets a test play the
 * user (send IPC, navigate, click menu items, answer dialogs, quit). Everything behind the
 * shell (services, files, the handler table) is real.
 */
type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
}

export type FakeEvent = { url: string; defaultPrevented: boolean; preventDefault(): void };
export const fakeEvent = (url = ''): FakeEvent => ({
  url,
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

let nextId = 1;

export class FakeWebContents extends Emitter {
  readonly id = nextId++;
  readonly sent: unknown[][] = [];
  readonly mainFrame = { url: '', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  zoomFactor = 1;
  printed = 0;
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  async setVisualZoomLevelLimits() {}
  setZoomFactor(factor: number) {
    this.zoomFactor = factor;
  }
  print() {
    this.printed++;
  }
}

export function createFakeElectron(paths: { documents: string; userData: string }) {
  const state = {
    privilegedSchemes: [] as unknown[],
    protocols: new Map<string, (request: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, Listener>(),
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    menus: [] as unknown[],
    windows: [] as FakeBrowserWindow[],
    dialogs: [] as unknown[],
    dialogAnswer: 1,
    errorBoxes: [] as unknown[],
    opened: [] as string[],
    quitCalls: 0,
    exitCode: null as number | null,
    appUserModelId: '',
  };

  const app = new (class extends Emitter {
    isPackaged = false;
    requestSingleInstanceLock = () => true;
    setAppUserModelId = (id: string) => void (state.appUserModelId = id);
    whenReady = () => Promise.resolve();
    getVersion = () => '0.1.0-test';
    getPath = (name: 'documents' | 'userData') => paths[name];
    quit = () => {
      state.quitCalls++;
      app.emit('will-quit', fakeEvent());
    };
    exit = (code: number) => void (state.exitCode = code);
  })();

  class FakeBrowserWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    loadedUrl = '';
    focused = 0;
    restored = 0;
    minimized = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      state.windows.push(this);
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
      this.webContents.mainFrame.url = url;
    }
    isDestroyed = () => false;
    isMinimized = () => this.minimized;
    restore = () => void this.restored++;
    show = () => undefined;
    focus = () => void this.focused++;
  }

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        state.protocols.set(scheme, handler),
    },
    net: {
      // Node's fetch has no file: support; Electron's net.fetch reads the file and types it.
      fetch: async (url: string) => {
        const file = fileURLToPath(url);
        const type = { '.html': 'text/html', '.jpg': 'image/jpeg', '.js': 'text/javascript' }[
          path.extname(file)
        ];
        return new Response(await readFile(file), {
          headers: type ? { 'content-type': type } : {},
        });
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) =>
          void (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => void (state.permissionCheck = handler),
        setDevicePermissionHandler: () => undefined,
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
    },
    dialog: {
      showMessageBox: async (...args: unknown[]) => {
        state.dialogs.push(args.at(-1));
        return { response: state.dialogAnswer };
      },
      showErrorBox: (title: string, body: string) => state.errorBoxes.push({ title, body }),
    },
    shell: { openExternal: async (url: string) => void state.opened.push(url) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => state.menus.push(menu),
    },
  };

  return { electron, state, app };
}

/** electron-window-state, which reads Electron's screen: a first run with the defaults asked for. */
export function fakeWindowStateKeeper(options: { defaultWidth: number; defaultHeight: number }) {
  return {
    x: undefined,
    y: undefined,
    width: options.defaultWidth,
    height: options.defaultHeight,
    manage: () => undefined,
  };
}

/** The fake over a test's temp folder: Documents (the archive's parent) and the user data in it. */
export function createFakeElectronIn(dir: string) {
  return createFakeElectron({
    documents: path.join(dir, 'Documents'),
    userData: path.join(dir, 'User'),
  });
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** Where the shell over createFakeElectronIn(dir) keeps its archive and writes its main log. */
export function shellFilesIn(dir: string) {
  return {
    archiveDir: path.join(dir, 'Documents', 'Kho Tin'),
    mainLog: path.join(dir, 'User', 'logs', 'main.log'),
  };
}

/** How long to wait for main's async work; generous because a loaded machine is slow, not wrong. */
export const SETTLE = { timeout: 20_000, interval: 20 };

/**
 * Runs main/index.ts over the fake (the test file mocks 'electron' with it) and waits until main
 * shows its window or a start-up error box.
 */
export async function startMainProcess(harness: FakeElectron): Promise<void> {
  await import('../main/index');
  const { windows, errorBoxes } = harness.state;
  await vi.waitFor(() => expect(windows.length + errorBoxes.length).toBeGreaterThan(0), SETTLE);
}

export type IpcAnswer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
export type IpcSender = { contents: FakeWebContents; url: string; top: boolean };

/** A call through the app's one IPC handler, as a frame (the page's own, or one inside it) sends it. */
export function invokeIpc(
  harness: FakeElectron,
  from: IpcSender,
  channel: unknown,
  input?: unknown,
): Promise<IpcAnswer> {
  const handler = harness.state.ipcHandlers.get('ipc')!;
  const senderFrame = { url: from.url, parent: from.top ? null : {} };
  return handler({ sender: from.contents, senderFrame }, channel, input) as Promise<IpcAnswer>;
}
