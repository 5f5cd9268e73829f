import { access, copyFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addAndClose } from '../../test-support/create-test-archive';
import { makeTempFolder } from '../../test-support/temp-folder';
import { createHandlerTable } from '../ipc/handler-table';
import { openAppServices } from './app-services';
import { Archive } from './archive';
import { HEAD_FILE } from './archive/catalog-head';
import { startEarly, type EarlyStart } from './early-answers';
import { SettingsStore } from './settings/settings-store';

let folder: Awaited<ReturnType<typeof makeTempFolder>> | null = null;
let started: EarlyStart<unknown & object> | null = null;

afterEach(async () => {
  await (await started?.stop())?.close();
  started = null;
  await folder?.remove();
  folder = null;
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Far longer than any test: the archive opens only because of what the test does. */
const NEVER = 10 * 60_000;
const FIRST_PAGE = { offset: 0, limit: 200 };

/**
 * An archive of five articles closed cleanly (so with a head); `prepare` changes its folder
 * before the shell starts. `opens()` counts the times the archive was asked to open.
 */
async function startOverFive(
  fallbackMs: number | undefined,
  prepare: (archiveDir: string) => Promise<void> = async () => {},
) {
  folder = await makeTempFolder('kho-tin-early-answers-');
  const paths = {
    archiveDir: path.join(folder.dir, 'archive'),
    userDataDir: path.join(folder.dir, 'user'),
  };
  await addAndClose(paths.archiveDir, 5);
  await prepare(paths.archiveDir);
  const settings = await SettingsStore.open(paths.userDataDir);
  let opens = 0;
  const early = startEarly({
    archiveDir: paths.archiveDir,
    settings,
    openServices: (archiveLock) => {
      opens++;
      return openAppServices(paths, {
        shell: 'web',
        version: 'test',
        searchAfterFirstList: true,
        settings,
        archiveLock,
      });
    },
    tableOf: (services) => createHandlerTable({ ...services, openExternal: async () => false }),
    openArchiveAfterFirstPageMs: fallbackMs,
  });
  started = early;
  const lockExists = () =>
    access(path.join(paths.archiveDir, 'archive.lock')).then(
      () => true,
      () => false,
    );
  return {
    early,
    opens: () => opens,
    lockExists,
    archiveDir: paths.archiveDir,
    list: early.answers['articles.list'],
  };
}

describe('the first page before the archive is open', () => {
  it('comes from the head, before the archive is opened; the archive, opened after it, gives the same page', async () => {
    const shell = await startOverFive(NEVER);
    await pause(200);
    expect(shell.opens()).toBe(0);
    const early = await shell.list(FIRST_PAGE);
    expect(shell.opens()).toBe(0);
    expect(early.total).toBe(5);
    expect(early.items.map((item) => item.title)).toContain('Tin số 5: hội nghị giao ban');
    await shell.early.opening;
    expect(shell.opens()).toBe(1);
    expect(await shell.lockExists()).toBe(true);
    expect(await shell.list(FIRST_PAGE)).toEqual(early);
  });

  it('is not taken from a stale head: the catalogue changed since it was written, so the archive answers', async () => {
    const shell = await startOverFive(NEVER, async (archiveDir) => {
      // A head of five left beside a catalogue of six (a save after it, then a crash).
      const stale = path.join(archiveDir, 'stale-head.json');
      await copyFile(path.join(archiveDir, HEAD_FILE), stale);
      await addAndClose(archiveDir, 1, 6);
      await copyFile(stale, path.join(archiveDir, HEAD_FILE));
    });
    const page = await shell.list(FIRST_PAGE);
    expect(page.total).toBe(6);
    expect(shell.opens()).toBe(1);
  });

  it('is not taken from the head for a filtered list: the archive opens and answers it', async () => {
    const shell = await startOverFive(NEVER);
    const page = await shell.list({ ...FIRST_PAGE, site: 'Cổng thông tin điện tử tỉnh' });
    expect(page.total).toBe(5);
    expect(shell.opens()).toBe(1);
  });

  it('waits for the archive, opened at once, when there is no head (an archive an older version closed)', async () => {
    const shell = await startOverFive(NEVER, (archiveDir) => rm(path.join(archiveDir, HEAD_FILE)));
    await shell.early.opening;
    expect(shell.opens()).toBe(1);
    expect((await shell.list(FIRST_PAGE)).total).toBe(5);
  });
});

describe('every other call before the archive is open', () => {
  it('waits for the archive, which opens once the first page is out; settings.get does not wait', async () => {
    const shell = await startOverFive(NEVER);
    expect(await shell.early.tableFor('settings.get')).toBe(shell.early.answers);
    let answered = false;
    const categories = shell.early.tableFor('categories.list').then(async (table) => {
      answered = true;
      return (table as ReturnType<typeof createHandlerTable>)['categories.list']();
    });
    await pause(200);
    expect(answered).toBe(false);
    expect(shell.opens()).toBe(0);
    await shell.list(FIRST_PAGE);
    expect((await categories).map((category) => category.name)).toEqual(['Kinh tế - Chính trị']);
  });
});

describe('when the archive opens', () => {
  it('opens after the fallback delay when no page asks for the list', async () => {
    const shell = await startOverFive(50);
    await shell.early.opening;
    expect(shell.opens()).toBe(1);
  });

  it('opens at once when the shell does not ask to hold it (the tests, the in-process callers)', async () => {
    const shell = await startOverFive(undefined);
    await shell.early.opening;
    expect(shell.opens()).toBe(1);
  });

  it('is never opened when the shell stops while it is held (a window closed at once)', async () => {
    const shell = await startOverFive(NEVER);
    await vi.waitFor(async () => expect(await shell.lockExists()).toBe(true));
    expect(await shell.early.stop()).toBeNull();
    await pause(200);
    expect(shell.opens()).toBe(0);
    expect(await shell.lockExists()).toBe(false);
  });

  it('is awaited when the shell stops while it opens, so its lock can be let go', async () => {
    const shell = await startOverFive(undefined);
    const services = await shell.early.stop();
    expect(services).not.toBeNull();
    await services!.close();
    expect(await shell.lockExists()).toBe(false);
    started = null;
  });
});

describe("the archive folder's lock", () => {
  it('is taken when the early start begins: another open is refused as in use until stop() lets it go', async () => {
    const shell = await startOverFive(NEVER);
    // Held, not opened: a CLI or a second host started now is the one refused.
    await vi.waitFor(async () => expect(await shell.lockExists()).toBe(true));
    await expect(Archive.open(shell.archiveDir)).rejects.toMatchObject({ code: 'archive-in-use' });
    expect(shell.opens()).toBe(0);
    expect(await shell.early.stop()).toBeNull();
    const other = await Archive.open(shell.archiveDir);
    expect(other.listArticles()).toHaveLength(5);
    await other.close();
  });

  it('is the one the archive keeps once open, and lets go on close', async () => {
    const shell = await startOverFive(undefined);
    const { services } = await shell.early.opening;
    await expect(Archive.open(shell.archiveDir)).rejects.toMatchObject({ code: 'archive-in-use' });
    await services.close();
    started = null;
    expect(await shell.lockExists()).toBe(false);
  });

  it('held by another program: the start fails at once with "in use", without waiting for the page', async () => {
    const shell = await startOverFive(NEVER, (archiveDir) =>
      writeFile(
        path.join(archiveDir, 'archive.lock'),
        JSON.stringify({ pid: 1, hostname: 'may-khac', startedAt: new Date().toISOString() }),
      ),
    );
    await expect(shell.early.opening).rejects.toMatchObject({ code: 'archive-in-use' });
    expect(shell.opens()).toBe(0);
    started = null;
  });
});
