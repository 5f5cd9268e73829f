import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { PackedArrays } from './postings';
import { sharedArrays, transferListOf } from './rebuild-transfer';
import { EntryTable } from './text-store-table';

const MB = 1 << 20;

const bytesOf = (array: ArrayBufferView) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** Postings arrays of a large archive's sizes (their contents do not matter here). */
function bigArrays(): PackedArrays {
  const fill = <T extends Uint8Array | Uint16Array | Uint32Array>(array: T) => {
    for (let i = 0; i < array.length; i += 4099) array[i] = i % 251;
    return array;
  };
  return {
    offsets: fill(new Uint32Array(MB / 4)),
    byteOffsets: fill(new Uint32Array(MB / 4)),
    variantOffsets: fill(new Uint32Array(MB / 4)),
    docBytes: fill(new Uint8Array(12 * MB)),
    info: fill(new Uint8Array(8 * MB)),
    variants: fill(new Uint8Array(MB)),
    next: fill(new Uint16Array(4 * MB)),
  };
}

describe('the rebuilt postings handed from the worker to the main thread', () => {
  it('are copied into shared memory, which the receiving thread does not count as its own', () => {
    const arrays = bigArrays();
    const before = process.memoryUsage().external;
    const shared = sharedArrays(arrays);
    const grown = process.memoryUsage().external - before;
    // A transferred ArrayBuffer of these 30 MB would add 30 MB to the count that starts a full
    // collection on the main thread, right when the new index is swapped in.
    expect(grown).toBeLessThan(MB);
    for (const [name, array] of Object.entries(shared)) {
      expect(array?.buffer, name).toBeInstanceOf(SharedArrayBuffer);
      const original = arrays[name as keyof PackedArrays]!;
      expect(Buffer.compare(bytesOf(array!), bytesOf(original)), name).toBe(0);
    }
  });

  it('are posted, not transferred, and arrive whole', async () => {
    const arrays = sharedArrays(bigArrays());
    const index = {
      ids: { count: 0, bytes: new Uint8Array(0) },
      fingerprints: new Uint32Array(0),
      dates: new Float64Array(0),
      terms: { count: 0, bytes: new Uint8Array(0) },
      variantKeys: { count: 0, bytes: new Uint8Array(0) },
      variantCounts: new Uint32Array(0),
      arrays,
    };
    const texts = EntryTable.empty().pack(0, 0);
    const transfer = transferListOf(index, texts);
    expect(transfer.every((buffer) => buffer instanceof ArrayBuffer)).toBe(true);
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<PackedArrays>((resolve) =>
      port2.once('message', (message: PackedArrays) => resolve(message)),
    );
    port1.postMessage(arrays, transfer);
    const back = await received;
    port1.close();
    expect(back.info.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(back.docBytes[4099]).toBe(arrays.docBytes[4099]);
    // The same memory on both sides: nothing was copied.
    back.info[1] = 77;
    expect(arrays.info[1]).toBe(77);
  });
});
