import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleDraft } from '../../test-support/article-drafts';
import { makeTempFolder } from '../../test-support/temp-folder';
import { createHandlerTable } from '../ipc/handler-table';
import { openAppServices, type AppServices } from './app-services';
import { StartupGate } from './startup-gate';

let folder: Awaited<ReturnType<typeof makeTempFolder>> | null = null;
let services: AppServices | null = null;

async function openShell(): Promise<AppServices> {
  folder = await makeTempFolder();
  services = await openAppServices(
    { archiveDir: path.join(folder.dir, 'archive'), userDataDir: path.join(folder.dir, 'user') },
    { shell: 'web', version: 'test', searchAfterFirstList: true },
  );
  return services;
}

afterEach(async () => {
  await services?.close();
  await folder?.remove();
  services = null;
  folder = null;
});

describe('the search index waits for the first page of the list', () => {
  it('starts no index work before articles.list has answered, and is ready after it', async () => {
    const app = await openShell();
    // Real writes (journal, body file, fsync) give a started index every chance to show.
    for (let i = 1; i <= 3; i++) await app.archive.addArticle(sampleDraft(i));
    expect(app.search.status()).toMatchObject({ state: 'building', jobId: null });
    expect(existsSync(path.join(app.paths.archiveDir, 'index'))).toBe(false);

    const table = createHandlerTable({ ...app, openExternal: async () => true });
    const page = await table['articles.list']({ sort: 'date-desc', offset: 0, limit: 200 });
    expect(page.total).toBe(3);
    await app.search.whenIdle();
    expect(app.search.status()).toMatchObject({ state: 'ready', documents: 3 });
    expect((await app.search.query({ query: 'tin so' })).total).toBe(3);
  });

  it('closes at once when the list was never asked for', async () => {
    const app = await openShell();
    await app.close();
    services = null;
    expect(app.search.status().state).toBe('building');
  });

  it('opens by itself after the fallback when no list is asked for', async () => {
    const gate = new StartupGate(5);
    await gate.opened;
  });
});
