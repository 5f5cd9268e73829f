import { mkdir, open as openFile, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateRawSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { foldVietnamese } from '../../../shared/text/vietnamese';
import { storedBody, storedMeta } from '../../../test-support/stored-article';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { TEXT_DICTIONARY } from './text-dictionary';
import { FIELD_BREAK, TextStore, type SnippetSource } from './text-store';

const meta = storedMeta;
const body = storedBody;
/** The snippet's view of a read body: its aligned fold up to `end`. */
const alignedTo = (source: SnippetSource, end: number) =>
  typeof source.aligned === 'function' ? source.aligned(end) : source.aligned?.slice(0, end);

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
    await store.put(meta('c'), body('c', 'Khánh thành cầu Đồng Nai.'));
    await store.close();
    const { size } = await stat(path.join(dir, 'texts.bin'));
    const plain = Buffer.byteLength(NFC_TEXT) + Buffer.byteLength(NFD_TEXT) + 30;
    expect(size).toBeLessThan(plain * 0.3);

    store = await TextStore.open(dir);
    // Folded before and after the text: both read from the record's bytes.
    expect(await store.readFolded(meta('a'))).toBe(
      `${foldVietnamese(NFC_TEXT)}${FIELD_BREAK}quang canh hoi nghi`,
    );
    const a = await store.readText(meta('a'));
    expect(a?.text).toBe(NFC_TEXT);
    // Not folded at the read: on demand, for the prefix the snippet asks for (mostly the first part).
    expect(typeof a?.aligned).toBe('function');
    for (const end of [0, 1, 100, 1_500, NFC_TEXT.length])
      expect(alignedTo(a!, end)).toBe(foldVietnamese(NFC_TEXT).slice(0, end));
    expect(await store.readFolded(meta('a'))).toBe(
      `${foldVietnamese(NFC_TEXT)}${FIELD_BREAK}quang canh hoi nghi`,
    );
    expect(await store.readText(meta('b'))).toEqual({ text: NFD_TEXT, aligned: undefined });
    expect(await store.readFolded(meta('b'))).toBe(foldVietnamese(NFD_TEXT));
    // Derived body and no captions: nothing folded is stored at all.
    expect(await store.readFolded(meta('c'))).toBe('khanh thanh cau dong nai.');
    expect((await store.readText(meta('c')))?.text).toBe('Khánh thành cầu Đồng Nai.');
    // Stored for other content (the article was edited): not served.
    expect(await store.readText(meta('a', 'edited'))).toBeNull();
    await store.close();
  });

  it('reads a damaged record as not stored, so the article file is read instead', async () => {
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'index');
    let store = await TextStore.open(dir);
    const texts = { a: `${NFC_TEXT} Hội nghị.`, b: `${NFC_TEXT} Khánh thành cầu Đồng Nai.` };
    await store.put(meta('a'), body('a', texts.a));
    await store.put(meta('b'), body('b', texts.b));
    await store.close();
    const table = JSON.parse(
      gunzipSync(await readFile(path.join(dir, 'texts.json'))).toString(),
    ) as {
      dictionary: number;
      columns: { ids: { joined: string }; gaps: number[] };
    };
    // The first record follows the dictionary (offsets are kept as gaps). Records are written
    // as their deflate finishes on the thread pool, so either article may come first.
    const damaged = table.columns.ids.joined[0] as 'a' | 'b';
    const other = damaged === 'a' ? 'b' : 'a';
    const offset = table.dictionary + table.columns.gaps[0]!;
    const file = await openFile(path.join(dir, 'texts.bin'), 'r+');
    await file.write(Buffer.alloc(64, 0xff), 0, 64, offset);
    await file.close();
    store = await TextStore.open(dir);
    expect(await store.readText(meta(damaged))).toBeNull();
    expect(await store.readFolded(meta(damaged))).toBeNull();
    // The other records read on.
    expect((await store.readText(meta(other)))?.text).toBe(texts[other]);
    await store.close();
  });

  it('starts empty, saying why, when its trained dictionary is damaged (every record would read wrong)', async () => {
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'index');
    let store = await TextStore.open(dir);
    await store.put(meta('a'), body('a', NFC_TEXT));
    await store.close();
    const file = await openFile(path.join(dir, 'texts.bin'), 'r+');
    await file.write(Buffer.from('x'), 0, 1, 10);
    await file.close();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    store = await TextStore.open(dir);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('dictionary damaged'));
    warn.mockRestore();
    expect(store.count).toBe(0);
    expect(await store.readText(meta('a'))).toBeNull();
    // Refilled, it serves the text again.
    await store.put(meta('a'), body('a', NFC_TEXT));
    await store.flush();
    expect((await store.readText(meta('a')))?.text).toBe(NFC_TEXT);
    await store.close();
  });

  it('starts empty, saying why, on a store written by the previous format (3: UTF-8, fixed dictionary)', async () => {
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'index');
    await mkdir(dir, { recursive: true });
    const old = deflateRawSync(Buffer.from(NFC_TEXT, 'utf8'), { dictionary: TEXT_DICTIONARY });
    await writeFile(path.join(dir, 'texts.bin'), old);
    const entries = [['a', 'h-a', 0, old.length, 0, 3]];
    await writeFile(
      path.join(dir, 'texts.json'),
      JSON.stringify({ version: 3, size: old.length, entries }),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = await TextStore.open(dir);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('store version 3'));
    warn.mockRestore();
    expect(store.has(meta('a'))).toBe(false);
    expect(await store.readText(meta('a'))).toBeNull();
    expect((await stat(path.join(dir, 'texts.bin'))).size).toBe(0);
    await store.close();
  });

  it('starts empty, saying why, on a store written by format 5 (captions folded in a second stream)', async () => {
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'index');
    let store = await TextStore.open(dir);
    await store.put(meta('a'), body('a', NFC_TEXT, ['Quang cảnh hội nghị']));
    await store.close();
    const tablePath = path.join(dir, 'texts.json');
    const table = JSON.parse(gunzipSync(await readFile(tablePath)).toString()) as {
      version: number;
    };
    await writeFile(tablePath, gzipSync(JSON.stringify({ ...table, version: 5 })));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    store = await TextStore.open(dir);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('store version 5'));
    warn.mockRestore();
    expect(store.has(meta('a'))).toBe(false);
    expect(await store.readFolded(meta('a'))).toBeNull();
    expect((await stat(path.join(dir, 'texts.bin'))).size).toBe(0);
    await store.close();
  });

  it('round-trips any text, within and beyond the one-byte code, through the trained dictionary', async () => {
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'index');
    const texts = [
      NFC_TEXT,
      NFD_TEXT,
      'ĐẮK LẮK – “Quý II/2019” … 12,5% · 35-CT/TW\tÀ\r\n',
      'Москва 北京 😀 e\u0301 \u0000 \u001f \u007f',
      'lone \ud800 surrogate \udc00 and a pair 😀',
      '',
    ];
    let store = await TextStore.open(dir);
    for (const [i, text] of texts.entries()) await store.put(meta(`t${i}`), body(`t${i}`, text));
    // Captions share the body's stream: any text there, and several of them, read back folded.
    await store.put(meta('c'), body('c', NFC_TEXT, [...texts, 'Ảnh: Ủy ban']));
    await store.close();
    store = await TextStore.open(dir);
    // Folded for phrases from the one-byte code, where a non-word character beyond Latin-1 (– “ …)
    // reads as a space: the same to a phrase check, which skips any run of non-word characters.
    const asPhraseSees = (folded: string) =>
      [...folded].map((c) => (c > '\u00ff' && !/[\p{L}\p{M}\p{N}]/u.test(c) ? ' ' : c)).join('');
    for (const [i, text] of texts.entries()) {
      expect((await store.readText(meta(`t${i}`)))?.text).toBe(text);
      // The folded copy is kept as UTF-8 when the text cannot fold unit for unit: a lone
      // surrogate reads back there as U+FFFD, a non-word character to a phrase check either way.
      const folded = foldVietnamese(text).replace(/\p{Cs}/gu, '\ufffd');
      expect(asPhraseSees((await store.readFolded(meta(`t${i}`)))!)).toBe(asPhraseSees(folded));
    }
    const captions = [...texts, 'Ảnh: Ủy ban'].map(
      (caption) => FIELD_BREAK + foldVietnamese(caption).replace(/\p{Cs}/gu, '\ufffd'),
    );
    expect(asPhraseSees((await store.readFolded(meta('c')))!)).toBe(
      asPhraseSees(foldVietnamese(NFC_TEXT) + captions.join('')),
    );
    expect((await store.readText(meta('c')))?.text).toBe(NFC_TEXT);
    await store.close();
  });
});
