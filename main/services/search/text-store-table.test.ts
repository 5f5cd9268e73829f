import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storedBody, storedMeta } from '../../../test-support/stored-article';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { TextStore } from './text-store';
import { packEntries, unpackEntries, type Entry } from './text-store-table';
import { Yielder } from './yielder';

// Tiny slices: a few bytes of strings and three entries per clock check, a turn at every check.
const SLICES = { chunkBytes: 16, every: 3 };

const meta = (n: number) => storedMeta(`bài-${n}`, `h${n}`);
const body = (n: number, text: string) => storedBody(`bài-${n}`, text);

let folder: Awaited<ReturnType<typeof makeTempFolder>> | undefined;
afterEach(async () => folder?.remove());

describe('text store table handed over from the rebuild worker', () => {
  it('unpacks in many slices into the same table: every id gives the same record', async () => {
    const table = new Map<string, Entry>();
    for (let n = 0; n < 2000; n++)
      table.set(`bài-${n}-${'ư'.repeat(n % 7)}`, {
        hash: `${n.toString(16)}ab`,
        offset: n * 1_000_003 + 2 ** 33,
        textBytes: (n * 37) % 5000,
        foldedBytes: (n * 91) % 7000,
        aligned: n % 3 === 0,
        derived: n % 5 === 0,
      });
    let turns = 0;
    const yielder = new Yielder(undefined, { sliceMs: 0, turn: async () => turns++ });
    const back = await unpackEntries(packEntries(table, 123, 45), { ...SLICES, yielder });
    expect(turns).toBeGreaterThan(100);
    expect(back.size).toBe(table.size);
    for (const [id, entry] of table) expect(back.get(id), id).toEqual(entry);
    expect([...back.keys()]).toEqual([...table.keys()]);
  });

  it('reuses the id strings it is given, and refuses a table whose lists disagree', async () => {
    const table = new Map<string, Entry>([
      ['a', { hash: 'h', offset: 0, textBytes: 1, foldedBytes: 2, aligned: true, derived: false }],
    ]);
    const held = ['a'.repeat(2).slice(1)];
    const back = await unpackEntries(packEntries(table, 3, 0), { sameString: () => held[0]! });
    expect([...back.keys()]).toEqual(['a']);
    const packed = packEntries(table, 3, 0);
    await expect(
      unpackEntries({ ...packed, flags: new Uint8Array(2), offsets: new Float64Array(2) }),
    ).rejects.toThrow(/1 ids/);
  });

  it('answers every read from the old table and file until the new table is whole', async () => {
    const COUNT = 300;
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'index');
    const fromDir = path.join(dir, 'rebuild-texts');
    const live = await TextStore.open(dir);
    const built = await TextStore.open(fromDir);
    // The new store holds the records in another order and with other lengths: an old row read
    // through the new table (or the other way round) gives another text, or none.
    for (let n = 0; n < COUNT; n++) {
      await live.put(meta(n), body(n, `Bản cũ số ${n}.`));
      await built.put(
        meta(COUNT - 1 - n),
        body(COUNT - 1 - n, `Bản mới, dài hơn, số ${COUNT - 1 - n}.`),
      );
    }
    await live.flush();
    await built.close();

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
});
