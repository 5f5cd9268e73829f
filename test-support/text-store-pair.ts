import path from 'node:path';
import { TextStore } from '../main/services/search/text-store';

/**
 * The search text store in use (`dir`) and the one a rebuild wrote beside it (`fromDir`), each
 * filled by its own `put` for n = 0…count-1: the live one flushed, the built one closed, as the
 * rebuild worker hands it over to `adopt`.
 */
export async function storesForAdoption(
  root: string,
  count: number,
  put: {
    live(store: TextStore, n: number): Promise<unknown>;
    built(store: TextStore, n: number): Promise<unknown>;
  },
) {
  const dir = path.join(root, 'index');
  const fromDir = path.join(dir, 'rebuild-texts');
  const live = await TextStore.open(dir);
  const built = await TextStore.open(fromDir);
  for (let n = 0; n < count; n++) {
    await put.live(live, n);
    await put.built(built, n);
  }
  await live.flush();
  await built.close();
  return { dir, fromDir, live, built };
}
