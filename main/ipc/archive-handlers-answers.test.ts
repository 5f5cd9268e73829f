import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../shared/ipc';
import { sampleDraft } from '../../test-support/article-drafts';
import { openTestServices, type TestServices } from '../../test-support/test-services';
import { createHandlerTable, type HandlerTable } from './handler-table';
import { invokeChannel } from './invoke';

/** What the library's channels answer at their edges: the counts and flags the screens show. */

let t: TestServices;
let table: HandlerTable;
let ids: string[];
const asked: string[] = [];

async function call<C extends ChannelName>(channel: C, input?: unknown): Promise<ChannelOutput<C>> {
  const result = await invokeChannel(table, channel, input, () => 'vi');
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as ChannelOutput<C>;
}

beforeEach(async () => {
  t = await openTestServices();
  table = t.table;
  for (let n = 1; n <= 3; n++) await t.services.archive.addArticle(sampleDraft(n));
  ids = t.services.archive.listArticles().map((meta) => meta.id);
});
afterEach(async () => t.remove());

describe('the library channels', () => {
  it('articles.get does not call a body missing when it is there', async () => {
    expect(await call('articles.get', { id: ids[0] })).toMatchObject({
      bodyMissing: false,
      body: { text: expect.stringContaining('Sáng nay') },
    });
  });

  it('articles.delete counts only the articles that were there (another window may have deleted one)', async () => {
    expect(await call('articles.delete', { ids: [ids[0], 'a-khong-co'] })).toEqual({ deleted: 1 });
    expect(t.services.archive.listArticles()).toHaveLength(2);
  });

  it('categories.merge answers merged', async () => {
    const [first] = await call('categories.list');
    await t.services.archive.addArticle(sampleDraft(4, { category: 'Xã hội' }));
    const other = (await call('categories.list')).find((c) => c.id !== first!.id)!;
    expect(await call('categories.merge', { fromId: other.id, intoId: first!.id })).toEqual({
      merged: true,
    });
  });

  it('archive.move refuses a relative folder and stays where it is', async () => {
    const before = t.services.archive.dir;
    await expect(call('archive.move', { to: 'Kho Tin moi' })).rejects.toMatchObject({
      code: 'invalid-input',
      detail: 'the new folder must be an absolute path',
    });
    expect(t.services.archive.dir).toBe(before);
  });
});

describe('exporting a selection', () => {
  it('the desktop app asks its save dialog for the path', async () => {
    table = createHandlerTable({
      ...t.services,
      openExternal: async () => true,
      chooseSavePath: async (fileName) => {
        asked.push(fileName);
        return path.join(t.paths.userDataDir, fileName);
      },
    });
    expect(await call('articles.exportTarget', { count: 3 })).toMatchObject({
      path: path.join(t.paths.userDataDir, 'kho-tin-3-tin-bai.zip'),
      available: true,
    });
    expect(asked).toEqual(['kho-tin-3-tin-bai.zip']);
  });

  it('does not write over an existing file unless asked to', async () => {
    const zip = path.join(t.paths.userDataDir, 'chon.zip');
    await writeFile(zip, 'khác');
    const refused = await call('articles.export', { ids, path: zip });
    await expect(call('articles.exportResult', refused)).rejects.toMatchObject({
      code: 'file-exists',
    });
    const replaced = await call('articles.export', { ids, path: zip, overwrite: true });
    expect(await call('articles.exportResult', replaced)).toMatchObject({
      state: 'done',
      articles: 3,
    });
  });
});
