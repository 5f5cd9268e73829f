import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { nodeFs } from '../fs/fs-like';
import { CatalogFileAdapter } from './catalog-file';
import { emptyCatalog, type CatalogOp } from './catalog-schema';
import { CatalogState } from './catalog-state';
import { CatalogStore } from './catalog-store';
import { encodeOp, JournalWriter } from './journal';

let folder: Awaited<ReturnType<typeof makeTempFolder>> | undefined;
let t: TestArchive | undefined;
afterEach(async () => {
  await t?.cleanup();
  await folder?.remove();
  folder = t = undefined;
});

const journals = async (dir: string) =>
  (await readdir(dir)).filter((name) => name.startsWith('journal-')).sort();

async function openStore() {
  folder = await makeTempFolder();
  const { dir } = folder;
  const db = new Low(new CatalogFileAdapter(dir, nodeFs), emptyCatalog());
  const state = CatalogState.from(emptyCatalog());
  return new CatalogStore(dir, nodeFs, db, state, await JournalWriter.open(nodeFs, dir, 0));
}

/** A change to an article the catalogue does not hold: journaled, then skipped in memory. */
const patch = (title = 'x'): CatalogOp => ({ op: 'patch', id: 'none', patch: { title } });

/**
 * The journal is folded into the catalogue once it holds 20,000 changes or 16 MB, so opening the
 * archive never replays a long journal (what keeps start-up quick after months of use).
 */
describe('CatalogStore compaction in the background', () => {
  it('starts at 20,000 journaled changes, not one before', async () => {
    const store = await openStore();
    await store.commit(Array.from({ length: 19_999 }, () => patch()));
    await store.idle();
    expect(await journals(folder!.dir)).toEqual(['journal-0.log']);
    await store.commit([patch()]);
    await store.idle();
    expect(await journals(folder!.dir)).toEqual(['journal-1.log']);
    expect(await readFile(path.join(folder!.dir, 'journal-1.log'), 'utf8')).toBe('');
    await store.close();
  });

  it('starts at 16 MB of journal, not one byte before', async () => {
    const SIXTEEN_MB = 16 * 1024 * 1024;
    const base = Buffer.byteLength(encodeOp(patch('')));
    const store = await openStore();
    await store.commit([patch('a'.repeat(SIXTEEN_MB - base - 1))]);
    await store.idle();
    expect(await journals(folder!.dir)).toEqual(['journal-0.log']);
    await store.close();
    await folder!.remove();

    const exact = await openStore();
    await exact.commit([patch('a'.repeat(SIXTEEN_MB - base))]);
    await exact.idle();
    expect(await journals(folder!.dir)).toEqual(['journal-1.log']);
    await exact.close();
  });
});

describe('Archive compaction', () => {
  it('folds the changes made after an earlier compaction too', async () => {
    t = await createTestArchive({ articles: 1 });
    await t.archive.compact();
    await t.archive.updateMeta(t.seeded[0]!.id, { starred: true });
    await t.archive.compact();
    expect(await journals(t.dir)).toEqual(['journal-2.log']);
    expect(await readFile(path.join(t.dir, 'journal-2.log'), 'utf8')).toBe('');
    expect((await t.reopen()).getMeta(t.seeded[0]!.id)?.starred).toBe(true);
  });

  it('removes both journals left by a crash in the middle of an earlier compaction', async () => {
    t = await createTestArchive({ articles: 1 });
    await t.archive.close();
    // The disk just after the switch to journal-1 and before the new catalogue landed.
    await copyFile(path.join(t.dir, 'journal-0.log'), path.join(t.dir, 'journal-1.log'));
    const archive = await t.reopen();
    expect(await journals(t.dir)).toEqual(['journal-0.log', 'journal-1.log']);
    await archive.compact();
    expect(await journals(t.dir)).toEqual(['journal-2.log']);
    expect((await t.reopen()).listArticles()).toHaveLength(1);
  });
});
