import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import {
  createFakeElectronIn,
  fakeEvent,
  fakeWindowStateKeeper,
  invokeIpc,
  SETTLE,
  shellFilesIn,
  startMainProcess,
  type FakeElectron,
  type IpcSender,
} from '../test-support/fake-electron';
import { makeTempFolder } from '../test-support/temp-folder';
import type { MenuItemSpec } from './menu-template';
import { APP_ENTRY_URL, APP_ID } from './security/app-origin';

/**
 * The shell as a whole (main/index.ts and everything it wires) over real services in a temp
 * folder, with Electron itself replaced by test-support/fake-electron: the binary cannot be
 * fetched on this machine. What the user would see is asserted through what main asked for.
 */
let harness: FakeElectron;
vi.mock('electron', () => harness.electron);
vi.mock('electron-window-state', () => ({ default: fakeWindowStateKeeper }));
// electron-log/main needs the real Electron; its Node entry writes the same files.
vi.mock('electron-log/main', async () => ({
  default: (await import('electron-log/node')).default,
}));

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
const archiveDir = () => shellFilesIn(folder.dir).archiveDir;
const win = () => harness.state.windows[0]!;
const ipc = (channel: unknown, input?: unknown, sender?: IpcSender) =>
  invokeIpc(
    harness,
    sender ?? { contents: win().webContents, url: win().loadedUrl, top: true },
    channel,
    input,
  );
const menuItem = (id: string) => {
  const all = (items: MenuItemSpec[]): MenuItemSpec[] =>
    items.flatMap((item) => [item, ...all(item.submenu ?? [])]);
  return all(harness.state.menus.at(-1) as MenuItemSpec[]).find((item) => item.id === id)!;
};

beforeAll(async () => {
  folder = await makeTempFolder();
  harness = createFakeElectronIn(folder.dir);
  await startMainProcess(harness);
  expect(harness.state.errorBoxes, 'startup failed').toEqual([]);
}, 30_000);
afterAll(() => folder.remove());

describe('starting Kho Tin', () => {
  it('opens one secure window on the app page, identified to Windows by the installer app id', () => {
    expect(harness.state.appUserModelId).toBe(APP_ID);
    expect(win().loadedUrl).toBe(APP_ENTRY_URL);
    const prefs = win().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  // The window comes first; the archive opens beside it (at once here: a new archive has no head).
  it('keeps its archive in Documents/Kho Tin and holds its lock while running', async () => {
    await vi.waitFor(
      () => expect(existsSync(path.join(archiveDir(), 'archive.lock'))).toBe(true),
      SETTLE,
    );
  });

  it('logs its start, versions and archive status to <userData>/logs/main.log through electron-log', async () => {
    const log = () => readFileSync(shellFilesIn(folder.dir).mainLog, 'utf8');
    await vi.waitFor(() => expect(log()).toMatch(/archive\.open \{"articles":0,/), SETTLE);
    expect(log()).toMatch(/app\.start \{"shell":"electron"/);
  });

  it('brings the running window forward when Kho Tin is launched again', () => {
    win().minimized = true;
    harness.app.emit('second-instance');
    expect(win().restored).toBe(1);
    expect(win().focused).toBe(1);
  });
});

describe('the IPC bridge', () => {
  it('answers the app page', async () => {
    const result = await ipc('app.info');
    expect(result).toMatchObject({
      ok: true,
      value: { shell: 'electron', archivePath: archiveDir() },
    });
  });

  it('refuses an iframe, another web contents, or a foreign page with a translated forbidden', async () => {
    const other = new harness.electron.BrowserWindow({}).webContents;
    for (const sender of [
      { contents: win().webContents, url: APP_ENTRY_URL, top: false },
      { contents: other, url: APP_ENTRY_URL, top: true },
      { contents: win().webContents, url: 'https://evil.example/', top: true },
    ]) {
      const result = await ipc('settings.get', undefined, sender);
      expect(result).toEqual({
        ok: false,
        error: { code: 'forbidden', message: expect.any(String) },
      });
    }
    harness.state.windows.pop();
  });

  it('switching to English reaches the page as an event and rebuilds the menu in English', async () => {
    await ipc('settings.set', { language: 'en' });
    expect(win().webContents.sent).toContainEqual([
      'event',
      'settings.changed',
      expect.objectContaining({ language: 'en' }),
    ]);
    expect((harness.state.menus.at(-1) as MenuItemSpec[]).map((m) => m.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Help',
    ]);
    await ipc('settings.set', { language: 'vi' });
    expect((harness.state.menus.at(-1) as MenuItemSpec[])[0]?.label).toBe('&Tệp');
  });
});

describe('menu and zoom', () => {
  it('Ctrl+= and Ctrl+wheel enlarge the reader font instead of zooming the page', () => {
    menuItem('reader.fontLarger').click?.();
    win().webContents.emit('zoom-changed', fakeEvent(), 'out');
    const commands = win()
      .webContents.sent.filter((m) => m[1] === 'menu.command')
      .map((m) => m[2]);
    expect(commands).toEqual([{ command: 'reader.fontLarger' }, { command: 'reader.fontSmaller' }]);
    expect(win().webContents.zoomFactor).toBe(1);
  });

  it('Tệp → In prints the page', () => {
    menuItem('print').click?.();
    expect(win().webContents.printed).toBe(1);
  });
});

describe('the app and media protocols', () => {
  it('serves the page with the CSP header', async () => {
    const response = await harness.state.protocols.get('app')!(
      new Request('app://kho-tin/index.html'),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves archive images and refuses anything outside media/', async () => {
    await mkdir(path.join(archiveDir(), 'media'), { recursive: true });
    await writeFile(path.join(archiveDir(), 'media', 'abc123.jpg'), 'jpeg');
    const media = harness.state.protocols.get('khotin-media')!;
    const ok = await media(new Request('khotin-media://media/abc123.jpg'));
    expect([ok.status, await ok.text()]).toEqual([200, 'jpeg']);
    expect((await media(new Request('khotin-media://media/..%2farchive.lock'))).status).toBe(404);
    expect((await media(new Request('khotin-media://media/missing.jpg'))).status).toBe(404);
  });
});

describe('links and navigation', () => {
  it('asks before opening a web link, and opens nothing when the user cancels', async () => {
    const cancelled = fakeEvent('https://kiengiang.gov.vn/a');
    harness.state.dialogAnswer = 1;
    win().webContents.emit('will-navigate', cancelled);
    await vi.waitFor(() => expect(harness.state.dialogs).toHaveLength(1), SETTLE);
    expect(cancelled.defaultPrevented).toBe(true);
    expect(harness.state.opened).toEqual([]);
  });

  it('opens the link in the browser once the user agrees, for a new-window link too', async () => {
    harness.state.dialogAnswer = 0;
    expect(win().webContents.windowOpenHandler?.({ url: 'https://kiengiang.gov.vn/b' })).toEqual({
      action: 'deny',
    });
    await vi.waitFor(
      () => expect(harness.state.opened).toEqual(['https://kiengiang.gov.vn/b']),
      SETTLE,
    );
  });

  it('drops file: and javascript: targets without asking', async () => {
    const asked = harness.state.dialogs.length;
    for (const url of ['file:///C:/Windows/win.ini', 'javascript:alert(1)']) {
      const event = fakeEvent(url);
      win().webContents.emit('will-navigate', event);
      expect(event.defaultPrevented).toBe(true);
    }
    expect(harness.state.dialogs).toHaveLength(asked);
  });

  it('denies camera and location requests', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation']) {
      harness.state.permissionRequest?.(
        win().webContents,
        permission,
        (granted: boolean) => answers.push(granted),
        { requestingUrl: APP_ENTRY_URL },
      );
    }
    expect(answers).toEqual([false, false]);
  });
});

describe('quitting', () => {
  it('closes the services (releasing the archive lock) before it really quits', async () => {
    harness.app.quit();
    await vi.waitFor(() => expect(harness.state.quitCalls).toBe(2), SETTLE);
    expect(existsSync(path.join(archiveDir(), 'archive.lock'))).toBe(false);
    expect(harness.state.ipcHandlers.has('ipc')).toBe(false);
  });
});
