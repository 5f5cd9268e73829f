import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../shared/ipc';
import { sampleDraft } from '../../test-support/article-drafts';
import { makeTempFolder } from '../../test-support/temp-folder';
import { openAppServices, type AppServices } from '../services/app-services';
import { Archive } from '../services/archive';
import { bodyRelativePath } from '../services/archive/body-store';
import { createHandlerTable, type HandlerTable } from './handler-table';
import { invokeChannel } from './invoke';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let services: AppServices;
let table: HandlerTable;

async function call<C extends ChannelName>(channel: C, input?: unknown): Promise<ChannelOutput<C>> {
  const result = await invokeChannel(table, channel, input, () => 'vi');
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as ChannelOutput<C>;
}

beforeEach(async () => {
  folder = await makeTempFolder();
  services = await openAppServices(
    { archiveDir: path.join(folder.dir, 'archive'), userDataDir: path.join(folder.dir, 'user') },
    { shell: 'web', version: 'test' },
  );
  table = createHandlerTable({ ...services, openExternal: async () => true });
  const drafts = [
    sampleDraft(1, {
      title: 'Bão số 3 đổ bộ',
      category: 'Xã hội',
      publishedAt: '2020-09-15T08:00:00+07:00',
      site: 'Báo tỉnh',
    }),
    sampleDraft(2, {
      title: 'An toàn giao thông',
      category: 'Xã hội',
      publishedAt: '2021-01-02T08:00:00+07:00',
    }),
    sampleDraft(3, {
      title: 'Ấp mới nông thôn',
      category: 'Kinh tế',
      publishedAt: '2019-05-01T23:30:00+07:00',
    }),
    sampleDraft(4, { title: 'Chưa rõ ngày', category: 'Kinh tế', publishedAt: null }),
  ];
  for (const draft of drafts) await services.archive.addArticle(draft);
});
afterEach(async () => {
  await services.close();
  await folder.remove();
});

const titles = (items: { title: string }[]) => items.map((item) => item.title);

describe('articles.list', () => {
  it('pages newest first with undated articles last', async () => {
    const first = await call('articles.list', { limit: 2 });
    expect(first.total).toBe(4);
    expect(titles(first.items)).toEqual(['An toàn giao thông', 'Bão số 3 đổ bộ']);
    const second = await call('articles.list', { offset: 2, limit: 2 });
    expect(titles(second.items)).toEqual(['Ấp mới nông thôn', 'Chưa rõ ngày']);
  });

  it('sorts titles in Vietnamese order and filters by category, day range, site, read and starred', async () => {
    expect(titles((await call('articles.list', { sort: 'title-asc' })).items)).toEqual([
      'An toàn giao thông',
      'Ấp mới nông thôn',
      'Bão số 3 đổ bộ',
      'Chưa rõ ngày',
    ]);
    const social = (await call('categories.list')).find((c) => c.name === 'Xã hội')!;
    expect(social.count).toBe(2);
    expect(
      titles(
        (
          await call('articles.list', {
            categoryId: social.id,
            from: '2020-01-01',
            to: '2020-12-31',
          })
        ).items,
      ),
    ).toEqual(['Bão số 3 đổ bộ']);
    expect(
      titles((await call('articles.list', { from: '2019-05-01', to: '2019-05-01' })).items),
    ).toEqual(['Ấp mới nông thôn']);
    expect(titles((await call('articles.list', { site: 'Báo tỉnh' })).items)).toEqual([
      'Bão số 3 đổ bộ',
    ]);
    const [target] = (await call('articles.list', { sort: 'title-asc', limit: 1 })).items;
    await call('articles.update', { id: target!.id, patch: { read: true, starred: true } });
    expect(titles((await call('articles.list', { read: false, sort: 'title-asc' })).items)).toEqual(
      ['Ấp mới nông thôn', 'Bão số 3 đổ bộ', 'Chưa rõ ngày'],
    );
    expect(titles((await call('articles.list', { starred: true })).items)).toEqual([
      'An toàn giao thông',
    ]);
  });

  it('marks an article whose body file is gone, and articles.get still answers with its metadata', async () => {
    const [item] = (await call('articles.list', { limit: 1 })).items;
    await rm(path.join(services.archive.dir, bodyRelativePath(item!.id)));
    const article = await call('articles.get', { id: item!.id });
    expect(article).toMatchObject({ id: item!.id, body: null, bodyMissing: true });
    expect((await call('articles.list', { limit: 1 })).items[0]!.bodyMissing).toBe(true);
  });
});

describe('changes through IPC', () => {
  it('deletes and undoes', async () => {
    const ids = (await call('articles.list')).items.slice(0, 2).map((item) => item.id);
    expect(await call('articles.delete', { ids })).toEqual({ deleted: 2 });
    expect((await call('articles.list')).total).toBe(2);
    expect(await call('articles.undoDelete', { ids })).toEqual({ restored: 2 });
    expect((await call('articles.list')).total).toBe(4);
  });

  it('renames and merges categories', async () => {
    const [economy, social] = await call('categories.list');
    expect(
      await call('categories.rename', { id: economy!.id, name: 'Kinh tế - Chính trị' }),
    ).toEqual({ id: economy!.id, name: 'Kinh tế - Chính trị' });
    await call('categories.merge', { fromId: social!.id, intoId: economy!.id });
    expect(await call('categories.list')).toEqual([
      { id: economy!.id, name: 'Kinh tế - Chính trị', count: 4 },
    ]);
  });

  it('answers an unknown article with not-found in Vietnamese', async () => {
    await expect(call('articles.get', { id: 'khong-co' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'Không tìm thấy mục được yêu cầu.',
    });
  });

  it('reports status, lists backups, restores one and moves the archive', async () => {
    const backup = await services.archive.backup();
    await call('articles.delete', {
      ids: (await call('articles.list')).items.map((item) => item.id),
    });
    expect(await call('archive.status')).toMatchObject({
      readOnly: false,
      problems: [],
      articleCount: 0,
    });
    expect((await call('archive.backups')).map((b) => b.name)).toContain(backup.name);
    expect(await call('archive.restore', { name: backup.name })).toMatchObject({
      articleCount: 4,
      readOnly: false,
    });
    const target = path.join(folder.dir, 'moved');
    expect((await call('archive.move', { to: target })).dir).toBe(target);
    expect(await call('archive.status')).toMatchObject({ dir: target, articleCount: 4 });
    expect(services.paths.archiveDir).toBe(target);
  });

  it('reopens a moved archive where it now lives, in the desktop app', async () => {
    const target = path.join(folder.dir, 'usb-drive', 'Kho Tin');
    await call('archive.move', { to: target });
    const paths = {
      archiveDir: path.join(folder.dir, 'archive'),
      userDataDir: path.join(folder.dir, 'user'),
    };
    await services.close();
    services = await openAppServices(paths, {
      shell: 'electron',
      version: 'test',
      followMovedArchive: true,
    });
    expect(services.archive.dir).toBe(target);
    expect(services.archive.listArticles()).toHaveLength(4);
  });

  it('a moved archive takes its search index along at once: nothing is written to the old folder', async () => {
    const from = services.archive.dir;
    await services.search.whenIdle();
    const target = path.join(folder.dir, 'moved');
    await call('archive.move', { to: target });
    await services.archive.addArticle(sampleDraft(9, { title: 'Khánh thành cầu treo bản Mới' }));
    await services.search.whenIdle();
    const found = await call('search.query', { query: 'cau treo ban moi ' });
    expect(found.hits.map((hit) => hit.title)).toEqual(['Khánh thành cầu treo bản Mới']);
    await services.close();
    expect(existsSync(path.join(from, 'index'))).toBe(false);
    expect(existsSync(path.join(target, 'index'))).toBe(true);
    // The index is saved in index/, not among the archive's own files.
    expect(existsSync(path.join(target, 'manifest.json'))).toBe(false);
    services = await openAppServices(
      { archiveDir: target, userDataDir: path.join(folder.dir, 'user') },
      { shell: 'web', version: 'test' },
    );
    await services.search.whenIdle();
    const again = await services.search.query({ query: 'cau treo ban moi ' });
    expect(again.total).toBe(1);
  });
});

describe('the trash', () => {
  it('archive.emptyTrash removes deleted articles for good; status counts the trash', async () => {
    const ids = (await call('articles.list')).items.map((item) => item.id).slice(0, 2);
    await call('articles.delete', { ids });
    expect(await call('archive.status')).toMatchObject({ articleCount: 2, trashCount: 2 });
    expect(await call('archive.emptyTrash')).toEqual({ removed: 2 });
    expect(await call('archive.status')).toMatchObject({ articleCount: 2, trashCount: 0 });
    expect(await call('articles.undoDelete', { ids })).toEqual({ restored: 0 });
  });

  it('empties itself of articles deleted more than 30 days ago when the app starts', async () => {
    const archiveDir = services.archive.dir;
    const [old, recent] = services.archive.listArticles();
    await services.close();
    const day = 86_400_000;
    const past = await Archive.open(archiveDir, { now: () => new Date(Date.now() - 31 * day) });
    await past.deleteArticles([old!.id]);
    await past.close();
    const yesterday = await Archive.open(archiveDir, { now: () => new Date(Date.now() - day) });
    await yesterday.deleteArticles([recent!.id]);
    await yesterday.close();
    services = await openAppServices(
      { archiveDir, userDataDir: path.join(folder.dir, 'user') },
      { shell: 'web', version: 'test' },
    );
    await expect.poll(() => services.archive.trashCount()).toBe(1);
    await services.archive.undoDelete([old!.id, recent!.id]);
    expect(services.archive.getMeta(old!.id)).toBeUndefined();
    expect(services.archive.getMeta(recent!.id)).toBeDefined();
  });
});

describe('the library export through IPC', () => {
  it('the web host proposes a path, the job writes the zip there with progress in bytes, the result names it', async () => {
    const target = await call('articles.exportTarget', { count: 4 });
    expect(target).toMatchObject({ path: null, available: false });
    expect(path.basename(target.suggested)).toBe('kho-tin-4-tin-bai.zip');
    const events: { state: string; bytes?: number | null }[] = [];
    const off = services.events.onAny((name, payload) => {
      if (name === 'job.progress') events.push(payload as (typeof events)[number]);
    });
    const ids = services.archive.listArticles().map((meta) => meta.id);
    const zip = path.join(folder.dir, 'chon.zip');
    const { jobId } = await call('articles.export', { ids, path: zip });
    const outcome = await call('articles.exportResult', { jobId });
    off();
    expect(outcome).toMatchObject({ state: 'done', path: zip, articles: 4, missingBodies: 0 });
    expect(existsSync(zip)).toBe(true);
    expect(events.at(-1)).toMatchObject({ state: 'done' });
    expect(events.some((event) => (event.bytes ?? 0) > 0)).toBe(true);
  });

  it('a destination that cannot be written comes back as the error of the result, in Vietnamese', async () => {
    const ids = services.archive.listArticles().map((meta) => meta.id);
    const { jobId } = await call('articles.export', {
      ids,
      path: path.join(folder.dir, 'khong-co', 'chon.zip'),
    });
    await expect(call('articles.exportResult', { jobId })).rejects.toMatchObject({
      code: 'destination-not-writable',
      message: expect.stringContaining('Không ghi được vào nơi đã chọn'),
    });
  });
});
