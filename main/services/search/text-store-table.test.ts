import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedBody, storedMeta } from '../../../test-support/stored-article';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { storesForAdoption } from '../../../test-support/text-store-pair';
import { TextStore } from './text-store';
import { EntryTable, HASH_KEPT, type Entry } from './text-store-table';
import { Yielder } from './yielder';

// Tiny slices: a few bytes of strings and three entries per clock check, a turn at every check.
const SLICES = { chunkBytes: 16, every: 3 };

const meta = (n: number) => storedMeta(`bài-${n}`, `h${n}`);
const body = (n: number, text: string) => storedBody(`bài-${n}`, text);

let folder: Awaited<ReturnType<typeof makeTempFolder>> | undefined;
afterEach(async () => folder?.remove());

/** What the table held as a Map of one object per article: the entry as stored, its hash cut as the file cuts it. */
const asKept = (entry: Entry): Entry => ({ ...entry, hash: entry.hash.slice(0, HASH_KEPT) });

const entryArb = fc.record({
  hash: fc.oneof(
    fc.stringMatching(/^[0-9a-f]{64}$/),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((h) => !h.includes('\0')),
  ),
  offset: fc.integer({ min: 0, max: 2 ** 40 }),
  textBytes: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  foldedBytes: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  aligned: fc.boolean(),
  derived: fc.boolean(),
});

const SOME: Entry = {
  hash: 'abc',
  offset: 7,
  textBytes: 1,
  foldedBytes: 2,
  aligned: false,
  derived: true,
};

describe('text store table handed over from the rebuild worker', () => {
  it('answers for every id as the Map of one object per article did, stored anew or replaced, before and after the hand-over', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.constantFrom('a', 'bài-1', 'ư', 'x'.repeat(40), 'đ-2', 'z'), entryArb),
          {
            maxLength: 60,
          },
        ),
        async (puts) => {
          const model = new Map<string, Entry>();
          const table = EntryTable.empty();
          for (const [id, entry] of puts) {
            model.set(id, asKept(entry));
            table.set(id, entry);
          }
          const expected = [...model];
          expect(table.size).toBe(model.size);
          expect([...table.entries()]).toEqual(expected);
          for (const [id, entry] of model) expect(table.get(id)).toEqual(entry);
          expect(table.get('not stored')).toBeUndefined();
          const back = await EntryTable.unpack(table.pack(1, 0), { ...SLICES });
          expect([...back.entries()]).toEqual(expected);
          // Stored into after the hand-over (the articles changed during a rebuild): grows as before.
          back.set('new', SOME);
          expect(back.size).toBe(model.size + 1);
          for (const [id, entry] of model) expect(back.get(id)).toEqual(entry);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('unpacks in many slices into the same table: every id gives the same record', async () => {
    const table = EntryTable.empty();
    const model = new Map<string, Entry>();
    for (let n = 0; n < 2000; n++) {
      const entry = {
        hash: `${n.toString(16)}ab${'f'.repeat(n % 20)}`,
        offset: n * 1_000_003 + 2 ** 33,
        textBytes: (n * 37) % 5000,
        foldedBytes: (n * 91) % 7000,
        aligned: n % 3 === 0,
        derived: n % 5 === 0,
      };
      table.set(`bài-${n}-${'ư'.repeat(n % 7)}`, entry);
      model.set(`bài-${n}-${'ư'.repeat(n % 7)}`, asKept(entry));
    }
    let turns = 0;
    const yielder = new Yielder(undefined, { sliceMs: 0, turn: async () => turns++ });
    const back = await EntryTable.unpack(table.pack(123, 45), { ...SLICES, yielder });
    expect(turns).toBeGreaterThan(100);
    expect(back.size).toBe(model.size);
    for (const [id, entry] of model) expect(back.get(id), id).toEqual(entry);
    expect([...back.entries()].map(([id]) => id)).toEqual([...model.keys()]);
  });

  it('keeps the id strings it is given, and refuses a table whose lists disagree', async () => {
    const table = EntryTable.empty();
    table.set('a', {
      hash: 'h',
      offset: 0,
      textBytes: 1,
      foldedBytes: 2,
      aligned: true,
      derived: false,
    });
    table.set('b', {
      hash: 'h',
      offset: 3,
      textBytes: 1,
      foldedBytes: 2,
      aligned: true,
      derived: false,
    });
    const held = new Map([
      ['a', 'xa'.slice(1)],
      ['b', 'xb'.slice(1)],
    ]);
    const back = await EntryTable.unpack(table.pack(6, 0), { sameString: (id) => held.get(id)! });
    expect([...back.entries()].map(([id]) => id)).toEqual(['a', 'b']);
    const packed = table.pack(6, 0);
    for (const damaged of [
      { ...packed, flags: new Uint8Array(3) },
      { ...packed, offsets: new Float64Array(1) },
      { ...packed, textBytes: new Uint32Array(3) },
      { ...packed, foldedBytes: new Uint32Array(1) },
      { ...packed, hashes: new Uint16Array(HASH_KEPT) },
      { ...packed, ids: { count: 2, bytes: new TextEncoder().encode('a') } },
    ])
      await expect(EntryTable.unpack(damaged)).rejects.toThrow(/text store table|strings/);
    // Two rows under one id would leave a row no id reaches.
    const twice = { ...packed, ids: { count: 2, bytes: new TextEncoder().encode('a\na') } };
    await expect(EntryTable.unpack(twice)).rejects.toThrow(/2 rows for 1 ids/);
  });

  it('answers every read from the old table and file until the new table is whole', async () => {
    const COUNT = 300;
    folder = await makeTempFolder();
    // The new store holds the records in another order and with other lengths: an old row read
    // through the new table (or the other way round) gives another text, or none.
    const { fromDir, live, built } = await storesForAdoption(folder.dir, COUNT, {
      live: (store, n) => store.put(meta(n), body(n, `Bản cũ số ${n}.`)),
      built: (store, n) => {
        const m = COUNT - 1 - n;
        return store.put(meta(m), body(m, `Bản mới, dài hơn, số ${m}.`));
      },
    });

    let turns = 0;
    const wrong: string[] = [];
    const readAll = async () => {
      turns++;
      for (let n = 0; n < COUNT; n++) {
        const read = await live
          .readText(meta(n))
          .catch((error: unknown) => ({ text: String(error) }));
        if (read?.text !== `Bản cũ số ${n}.`) wrong.push(`${n}: ${read?.text}`);
      }
    };
    await live.adopt(fromDir, built.exportEntries(), {
      ...SLICES,
      yielder: new Yielder(undefined, { sliceMs: 0, turn: readAll }),
    });
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(turns).toBeGreaterThan(20);
    for (let n = 0; n < COUNT; n += 37)
      expect((await live.readText(meta(n)))?.text).toBe(`Bản mới, dài hơn, số ${n}.`);
    await live.close();
  });

  it('starts empty, saying why, on a saved table whose columns disagree or point outside the data', async () => {
    folder = await makeTempFolder();
    type Columns = { gaps: number[]; flags: number[]; textBytes: number[] };
    const damages: [string, (columns: Columns) => void][] = [
      ['40 rows, a column of 39', (c) => c.flags.pop()],
      ['40 rows, a column of 41', (c) => c.textBytes.push(1)],
      ['record 39 outside the data', (c) => (c.gaps[39] = 1_000_000)],
      ['record 0 outside the data', (c) => (c.gaps[0] = -1)],
      ['', () => undefined],
    ];
    for (const [k, [why, damage]] of damages.entries()) {
      const dir = path.join(folder.dir, `index-${k}`);
      let store = await TextStore.open(dir);
      for (let n = 0; n < 40; n++) await store.put(meta(n), body(n, `Bài số ${n} của kho.`));
      await store.close();
      const tableFile = path.join(dir, 'texts.json');
      const table = JSON.parse(gunzipSync(await readFile(tableFile)).toString()) as {
        columns: Columns;
      };
      damage(table.columns);
      await writeFile(tableFile, gzipSync(JSON.stringify(table)));
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      store = await TextStore.open(dir);
      if (why) {
        expect(warn).toHaveBeenCalledWith(expect.stringContaining(`table damaged: ${why}`));
        expect(store.count).toBe(0);
        expect(await store.readText(meta(5))).toBeNull();
      } else {
        // The same table written back untouched reads whole.
        expect(warn).not.toHaveBeenCalled();
        expect(store.count).toBe(40);
        expect((await store.readText(meta(39)))?.text).toBe('Bài số 39 của kho.');
      }
      warn.mockRestore();
      await store.close();
    }
  });
});
