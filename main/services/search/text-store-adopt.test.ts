import { readdir } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { storedBody, storedMeta } from '../../../test-support/stored-article';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { storesForAdoption } from '../../../test-support/text-store-pair';
import { TextStore } from './text-store';

const COUNT = 400;
const meta = (n: number) => storedMeta(`a${n}`, `h${n}`);
const body = (n: number, text: string) => storedBody(`a${n}`, text);

let folder: Awaited<ReturnType<typeof makeTempFolder>> | undefined;
afterEach(async () => folder?.remove());

describe('text store taken over from the rebuild worker', () => {
  it('serves every read while it swaps to the new files, then reads from them after a restart', async () => {
    folder = await makeTempFolder();
    const { dir, fromDir, live, built } = await storesForAdoption(folder.dir, COUNT, {
      live: (store, n) => store.put(meta(n), body(n, `Bản cũ số ${n}.`)),
      built: (store, n) => store.put(meta(n), body(n, `Bản mới số ${n}.`)),
    });

    // Every article read round and round while the files are swapped.
    let adopting = true;
    const failures: unknown[] = [];
    const texts = new Set<string>();
    const reading = (async () => {
      for (let n = 0; adopting; n = (n + 1) % COUNT) {
        await live.readText(meta(n)).then(
          (read) => texts.add(read?.text.replace(/\d+/, '#') ?? 'none'),
          (error: unknown) => failures.push(error),
        );
        if (n % 8 === 0) await nextTurn();
      }
    })();
    await live.adopt(fromDir, built.exportEntries());
    adopting = false;
    await reading;
    expect(failures).toEqual([]);
    expect([...texts].filter((t) => t !== 'Bản cũ số #.' && t !== 'Bản mới số #.')).toEqual([]);
    expect((await live.readText(meta(7)))?.text).toBe('Bản mới số 7.');
    expect((await readdir(dir)).sort()).toEqual(['texts.bin', 'texts.json']);

    // A record put after the swap lands in the new file and is listed at the next start.
    await live.put(meta(COUNT), body(COUNT, 'Tin thêm trong lúc đổi.'));
    await live.close();
    const reopened = await TextStore.open(dir);
    expect(reopened.count).toBe(COUNT + 1);
    expect((await reopened.readText(meta(COUNT - 1)))?.text).toBe(`Bản mới số ${COUNT - 1}.`);
    expect((await reopened.readText(meta(COUNT)))?.text).toBe('Tin thêm trong lúc đổi.');
    await reopened.close();
  });
});
