import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { addAndClose } from '../test-support/create-test-archive';
import {
  createFakeElectronIn,
  SETTLE,
  shellFilesIn,
  startMainProcess,
  type FakeElectron,
} from '../test-support/fake-electron';
import { makeTempFolder } from '../test-support/temp-folder';

/**
 * The desktop window closed before its page asked for the first rows (the archive, which left a
 * catalogue head, is still held back: early-answers.ts): Kho Tin quits at once and never opens
 * the archive. Electron is test-support/fake-electron; the services and files are real.
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

beforeAll(async () => {
  folder = await makeTempFolder('kho-tin-electron-quit-');
  await addAndClose(archiveDir(), 1);
  harness = createFakeElectronIn(folder.dir);
  await startMainProcess(harness);
  expect(harness.state.windows).toHaveLength(1);
}, 30_000);
afterAll(() => folder.remove());

it('quits at once without opening the archive when the window closes before the first page', async () => {
  harness.app.quit();
  await vi.waitFor(() => expect(harness.state.quitCalls).toBe(2), SETTLE);
  expect(harness.state.ipcHandlers.has('ipc')).toBe(false);
  expect(existsSync(path.join(archiveDir(), 'archive.lock'))).toBe(false);
  const log = readFileSync(shellFilesIn(folder.dir).mainLog, 'utf8');
  expect(log).toMatch(/app\.stop/);
  expect(log).not.toMatch(/archive\.open/);
});
