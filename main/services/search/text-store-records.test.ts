import { open as openFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleBody, ArticleMeta } from '../../../shared/model';
import { foldVietnamese } from '../../../shared/text/vietnamese';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { FIELD_BREAK, TextStore } from './text-store';

const meta = (id: string, contentHash = `h-${id}`) => ({ id, contentHash }) as ArticleMeta;
const body = (id: string, text: string, captions: string[] = []): ArticleBody => ({
  id,
  html: '',
  text,
  captions,
  images: [],
});

const NFC_TEXT = Array.from(
  { length: 60 },
  (_, i) => `Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai nhiệm vụ năm ${2000 + i}.`,
).join('\n\n');
/** Combining marks (NFD): the text does not fold unit for unit, so its folded copy is stored. */
const NFD_TEXT = 'Hội nghị đường giao thông nông thôn'.normalize('NFD');

let folder: Awaited<ReturnType<typeof makeTempFolder>> | undefined;
afterEach(async () => folder?.remove());

describe('text store records', () => {
  it('stores the text deflated (well under its UTF-8 size) and reads back text and folded forms exactly', async () => {
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'index');
    let store = await TextStore.open(dir);
    await store.put(meta('a'), body('a', NFC_TEXT, ['Quang cảnh hội nghị']));
    await store.put(meta('b'), body('b', NFD_TEXT));
    await store.close();
    const { size } = await stat(path.join(dir, 'texts.bin'));
    const plain = Buffer.byteLength(NFC_TEXT) + Buffer.byteLength(NFD_TEXT);
    expect(size).toBeLessThan(plain * 0.3);

    store = await TextStore.open(dir);
    // Folded first: read from the record's bytes, not from the decoded cache.
    expect(await store.readFolded(meta('a'))).toBe(
      `${foldVietnamese(NFC_TEXT)}${FIELD_BREAK}quang canh hoi nghi`,
    );
    expect(await store.readText(meta('a'))).toEqual({
      text: NFC_TEXT,
      aligned: foldVietnamese(NFC_TEXT),
    });
    expect(await store.readFolded(meta('a'))).toBe(
      `${foldVietnamese(NFC_TEXT)}${FIELD_BREAK}quang canh hoi nghi`,
    );
    expect(await store.readText(meta('b'))).toEqual({ text: NFD_TEXT, aligned: undefined });
    expect(await store.readFolded(meta('b'))).toBe(foldVietnamese(NFD_TEXT));
    // Stored for other content (the article was edited): not served.
    expect(await store.readText(meta('a', 'edited'))).toBeNull();
    await store.close();
  });

  it('reads a damaged record as not stored, so the article file is read instead', async () => {
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'index');
    let store = await TextStore.open(dir);
    await store.put(meta('a'), body('a', NFC_TEXT));
    await store.close();
    const file = await openFile(path.join(dir, 'texts.bin'), 'r+');
    await file.write(Buffer.alloc(64, 0xff), 0, 64, 0);
    await file.close();
    store = await TextStore.open(dir);
    expect(await store.readText(meta('a'))).toBeNull();
    expect(await store.readFolded(meta('a'))).toBeNull();
    await store.close();
  });
});
