import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../../../test-support/temp-folder';
import type { IndexedMeta } from './analyzer';
import { compact } from './compact';
import { loadFollowers, loadIndex, saveIndex, type IndexManifest } from './index-files';
import { SearchIndex } from './search-index';

/** The index files are read at every start: each way they can be wrong must send search to a rebuild, never to wrong answers. */

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let dir: string;
let manifest: IndexManifest;
let saved: SearchIndex;

function meta(n: number, title: string): IndexedMeta {
  return {
    id: `a${n}`,
    contentHash: `h${n}`,
    title,
    lead: '',
    author: null,
    publishedAt: n === 1 ? null : `2024-0${n}-01T08:00:00+07:00`,
    site: null,
  };
}

async function built(): Promise<SearchIndex> {
  const index = SearchIndex.empty();
  const bodies = ['Hội nghị giao ban tháng một.', 'Khánh thành cầu treo bản Mới.'];
  bodies.forEach((text, i) =>
    index.add(
      meta(i + 1, `Tin ${i + 1}`),
      { id: `a${i + 1}`, html: '', text, captions: [], images: [] },
      null,
    ),
  );
  return compact(index);
}

const fileOf = async (prefix: string) =>
  path.join(
    dir,
    (await readdir(dir)).find((name) => name.startsWith(prefix))!,
  );

async function rewriteJson(prefix: string, change: (value: Record<string, unknown[]>) => void) {
  const file = await fileOf(prefix);
  const value = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown[]>;
  change(value);
  await writeFile(file, JSON.stringify(value));
}

beforeEach(async () => {
  folder = await makeTempFolder();
  dir = path.join(folder.dir, 'index');
  saved = await built();
  manifest = await saveIndex(dir, saved);
});
afterEach(async () => folder.remove());

describe('loading the saved index', () => {
  it('gives back the documents, their words and their dates', async () => {
    const loaded = await loadIndex(dir);
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    expect(loaded.manifest).toEqual(manifest);
    expect(loaded.index.documentCount).toBe(2);
    expect(loaded.index.docs.ids).toEqual(['a1', 'a2']);
    expect(Number.isNaN(loaded.index.docs.dates[0]!)).toBe(true);
    expect(Number.isNaN(loaded.index.docs.dates[1]!)).toBe(false);
    expect(loaded.index.lookup('treo')).toHaveLength(1);
    expect(loaded.index.termsWithPrefix('kha')).toContain('khanh');
    // Every packed array comes back as it was saved (the variant tables too, which only marked searches read).
    const { arrays } = loaded.index.base;
    for (const key of [
      'offsets',
      'byteOffsets',
      'variantOffsets',
      'variants',
      'docBytes',
      'info',
    ] as const)
      expect(Array.from(arrays[key]), key).toEqual(Array.from(saved.base.arrays[key]));
    expect(loaded.index.base.variantKeys).toEqual(saved.base.variantKeys);
  });

  it('says missing when there is no index yet', async () => {
    expect(await loadIndex(path.join(folder.dir, 'khong-co'))).toEqual({ kind: 'missing' });
  });

  it('says another version when the layout or the word folding changed', async () => {
    for (const change of [{ format: manifest.format + 1 }, { normalization: 0 }]) {
      await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, ...change }));
      expect(await loadIndex(dir)).toMatchObject({ kind: 'other-version' });
    }
  });

  it('says unreadable when the manifest is damaged', async () => {
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, terms: 'x' }));
    expect(await loadIndex(dir)).toMatchObject({ kind: 'unreadable' });
  });

  it('says unreadable when a data file does not match the manifest', async () => {
    await rewriteJson('docs-', (docs) => docs.dates!.pop());
    expect(await loadIndex(dir)).toEqual({
      kind: 'unreadable',
      reason: 'docs file does not match the manifest',
    });
    manifest = await saveIndex(dir, await built());
    await rewriteJson('terms-', (terms) => terms.variants!.pop());
    expect(await loadIndex(dir)).toEqual({
      kind: 'unreadable',
      reason: 'terms file does not match the manifest',
    });
    manifest = await saveIndex(dir, await built());
    const postings = await fileOf('postings-');
    await writeFile(postings, Buffer.concat([await readFile(postings), Buffer.from([0])]));
    expect(await loadIndex(dir)).toEqual({
      kind: 'unreadable',
      reason: 'index files do not match their manifest',
    });
  });
});

describe('the files on disk', () => {
  it('a new save leaves only its own generation behind', async () => {
    const second = await saveIndex(dir, await built());
    const names = (await readdir(dir)).sort();
    expect(names).toEqual(
      ['docs', 'next', 'postings', 'terms']
        .map(
          (kind) =>
            `${kind}-${second.generation}.${kind === 'docs' || kind === 'terms' ? 'json' : 'bin'}`,
        )
        .concat('manifest.json')
        .sort(),
    );
  });

  it('follower bits load when whole, and are left out (null) when missing or of the wrong size', async () => {
    const followers = await loadFollowers(dir, manifest);
    expect(followers?.length).toBe(manifest.postings);
    const next = await fileOf('next-');
    await writeFile(next, Buffer.concat([await readFile(next), Buffer.alloc(2)]));
    expect(await loadFollowers(dir, manifest)).toBeNull();
    await truncate(next, manifest.postings * 2 - 2);
    expect(await loadFollowers(dir, manifest)).toBeNull();
    await rm(next);
    expect(await loadFollowers(dir, manifest)).toBeNull();
  });
});
