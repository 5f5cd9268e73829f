import { createHash } from 'node:crypto';
import { truncate } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedBody, storedMeta } from '../../../test-support/stored-article';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { FIELD_BREAK, TextStore } from './text-store';

let folder: Awaited<ReturnType<typeof makeTempFolder>> | undefined;
afterEach(async () => {
  await folder?.remove();
  folder = undefined;
});

const TEXT = Array.from(
  { length: 40 },
  (_, i) => `Hội nghị tổng kết công tác cải cách hành chính năm ${2000 + i}.`,
).join('\n\n');
/** A content hash as the archive makes them (SHA-256 hex): the table keeps only its first digits. */
const HASH = createHash('sha256').update('bài a').digest('hex');

describe('the text store across a restart', () => {
  it('serves a record stored for the article’s content (the table keeps a prefix of its hash), and not one for older content', async () => {
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'index');
    let store = await TextStore.open(dir);
    await store.put(storedMeta('a', HASH), storedBody('a', TEXT));
    await store.close();
    store = await TextStore.open(dir);
    expect((await store.readText(storedMeta('a', HASH)))?.text).toBe(TEXT);
    expect(store.has(storedMeta('a', HASH))).toBe(true);
    // The article was edited since: its new hash differs from the stored one.
    expect(await store.readText(storedMeta('a', HASH.replace(/^./, 'x')))).toBeNull();
    await store.close();
  });

  it('reads back a body and captions whose lengths take two bytes to write (128 and more)', async () => {
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'index');
    let store = await TextStore.open(dir);
    const texts = ['x'.repeat(127), 'y'.repeat(128), 'z'.repeat(16_384)];
    for (const [i, text] of texts.entries())
      await store.put(storedMeta(`a${i}`), storedBody(`a${i}`, text, [texts[2 - i]!, 'ảnh']));
    await store.close();
    store = await TextStore.open(dir);
    for (const [i, text] of texts.entries()) {
      expect((await store.readText(storedMeta(`a${i}`)))?.text).toBe(text);
      expect(await store.readFolded(storedMeta(`a${i}`))).toBe(
        `${text}${FIELD_BREAK}${texts[2 - i]}${FIELD_BREAK}anh`,
      );
    }
    await store.close();
  });

  it('is empty after a reset (before a full rebuild), across a restart too', async () => {
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'index');
    let store = await TextStore.open(dir);
    await store.put(storedMeta('a'), storedBody('a', TEXT));
    await store.flush();
    await store.reset();
    await store.close();
    store = await TextStore.open(dir);
    expect(store.count).toBe(0);
    expect(await store.readText(storedMeta('a'))).toBeNull();
    await store.put(storedMeta('b'), storedBody('b', TEXT));
    await store.flush();
    expect((await store.readText(storedMeta('b')))?.text).toBe(TEXT);
    await store.close();
  });

  it('starts empty, saying why, when its data file is shorter than its table says', async () => {
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'index');
    let store = await TextStore.open(dir);
    await store.put(storedMeta('a'), storedBody('a', TEXT));
    await store.close();
    await truncate(path.join(dir, 'texts.bin'), 10);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      store = await TextStore.open(dir);
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining('data file shorter than its table'),
      );
    } finally {
      warn.mockRestore();
    }
    expect(store.count).toBe(0);
    expect(await store.readText(storedMeta('a'))).toBeNull();
    await store.close();
  });
});

describe('reads of the text store', () => {
  // A cache of decoded records lived just long enough to reach V8's old generation and then
  // was dropped: +150 MB of dead strings after 650 queries at 100,000 articles.
  it('keep nothing decoded between reads: each read goes to the file', async () => {
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'index');
    let store = await TextStore.open(dir);
    await store.put(storedMeta('a', HASH), storedBody('a', TEXT, ['Ảnh hội nghị']));
    await store.close();
    store = await TextStore.open(dir);
    expect((await store.readText(storedMeta('a', HASH)))?.text).toBe(TEXT);
    // The record's bytes are gone from under the open store: nothing is left to serve it from.
    await truncate(path.join(dir, 'texts.bin'), 10);
    expect(await store.readText(storedMeta('a', HASH))).toBeNull();
    expect(await store.readFolded(storedMeta('a', HASH))).toBeNull();
    await store.close();
  });
});
