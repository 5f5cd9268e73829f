import { readBodies, UNREADABLE } from './index-sync';
import type { SearchSource } from './search-source';
import type { TextStore } from './text-store';
import { Yielder } from './yielder';

/** Bodies read at once while filling the text store. */
const FILL_BATCH = 16;

/**
 * Stores the bodies the text store lacks (an index from before it, a lost store file), in
 * slices that leave the event loop free, until done or `stopped()`.
 */
export async function fillTexts(
  source: SearchSource,
  texts: TextStore,
  stopped: () => boolean,
): Promise<void> {
  const missing = source.listArticles().filter((meta) => !texts.has(meta));
  const yielder = new Yielder();
  for (let i = 0; i < missing.length && !stopped(); i += FILL_BATCH) {
    const batch = missing.slice(i, i + FILL_BATCH);
    const bodies = await readBodies(source, batch);
    await Promise.all(
      batch.map((meta, k) => {
        const body = bodies[k]!;
        return body === UNREADABLE ? undefined : texts.put(meta, body);
      }),
    );
    await yielder.maybeYield();
  }
  await texts.flush();
}
