import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addAndClose } from '../test-support/create-test-archive';
import {
  createFakeElectronIn,
  invokeIpc,
  SETTLE,
  shellFilesIn,
  startMainProcess,
  type FakeElectron,
} from '../test-support/fake-electron';
import { makeTempFolder } from '../test-support/temp-folder';
import type { MenuItemSpec } from './menu-template';
import { APP_ENTRY_URL } from './security/app-origin';

/**
 * The desktop shell started over an archive that was closed cleanly (so it left its catalogue
 * head): the window, the menu and the IPC bridge come first, the page's first rows come from the
 * head, and the archive opens only after them (main/services/early-answers.ts). Electron itself is
 * test-support/fake-electron (no binary here); the services and files are real.
 */
let harness: FakeElectron;
vi.mock('electron', () => harness.electron);
vi.mock('electron-window-state', async () => ({
  default: (await import('../test-support/fake-electron')).fakeWindowStateKeeper,
}));
vi.mock('electron-log/main', async () => ({
  default: (await import('electron-log/node')).default,
}));
// The steps below must come before the archive's fallback open, however slow the machine: the
// fallback itself is early-answers.test.ts's to test, so here it is out of reach.
vi.mock('./services/early-answers', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./services/early-answers')>()),
  FIRST_PAGE_FALLBACK_MS: 10 * 60_000,
}));

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
const archiveDir = () => shellFilesIn(folder.dir).archiveDir;
const locked = () => existsSync(path.join(archiveDir(), 'archive.lock'));
/** The archive itself opened (its lock is held from the start, so the lock cannot say). */
const opened = () => {
  const log = shellFilesIn(folder.dir).mainLog;
  return existsSync(log) && readFileSync(log, 'utf8').includes('archive.open');
};
const win = () => harness.state.windows[0]!;
const ipc = (channel: string, input?: unknown, top = true) =>
  invokeIpc(harness, { contents: win().webContents, url: APP_ENTRY_URL, top }, channel, input);
const FIRST_PAGE = { offset: 0, limit: 200 };

beforeAll(async () => {
  folder = await makeTempFolder('kho-tin-electron-early-');
  await addAndClose(archiveDir(), 5);
  harness = createFakeElectronIn(folder.dir);
  await startMainProcess(harness);
  expect(harness.state.errorBoxes, 'startup failed').toEqual([]);
}, 30_000);
afterAll(() => folder.remove());

// In order: each step is what the page does next (the fallback open is out of reach: see above).
describe('the desktop window before its archive is open', () => {
  it('is on screen with its menu, the archive not yet opened', () => {
    expect(win().loadedUrl).toBe(APP_ENTRY_URL);
    expect(opened()).toBe(false);
    // The folder is the app's from its first instant: a CLI started now is told "in use".
    expect(locked()).toBe(true);
    const menu = (harness.state.menus.at(-1) as MenuItemSpec[]).flatMap((m) => m.submenu ?? []);
    menu.find((item) => item.id === 'reader.fontLarger')!.click?.();
    expect(win().webContents.sent).toContainEqual([
      'event',
      'menu.command',
      { command: 'reader.fontLarger' },
    ]);
  });

  it('checks the sender and the input first, as once the archive is open', async () => {
    const fromFrame = await ipc('articles.list', FIRST_PAGE, false);
    expect(fromFrame.error?.code).toBe('forbidden');
    const invalid = await ipc('articles.list', { offset: -1 });
    expect(invalid.error?.code).toBe('invalid-input');
    expect(opened()).toBe(false);
  });

  it('answers the settings and the first page from the head, then opens the archive', async () => {
    expect((await ipc('settings.get')).ok).toBe(true);
    const first = await ipc('articles.list', FIRST_PAGE);
    expect(opened()).toBe(false);
    expect(first).toMatchObject({ ok: true, value: { total: 5 } });
    await vi.waitFor(() => expect(opened()).toBe(true), SETTLE);
    expect(await ipc('articles.list', FIRST_PAGE)).toEqual(first);
    const categories = await ipc('categories.list');
    expect(categories.value).toEqual([expect.objectContaining({ name: 'Kinh tế - Chính trị' })]);
  });

  it('closes the archive (its lock) before it really quits', async () => {
    harness.app.quit();
    await vi.waitFor(() => expect(harness.state.quitCalls).toBe(2), SETTLE);
    expect(locked()).toBe(false);
  });
});
