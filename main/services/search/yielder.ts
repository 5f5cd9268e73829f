import { setImmediate as nextTurn } from 'node:timers/promises';
import { throwIfCancelled } from '../jobs';

/** Work slices this long keep queries and IPC answering while an index is built or packed. */
const SLICE_MS = 12;

/** Lets long loops hand the event loop back every few milliseconds, and stop when cancelled. */
export class Yielder {
  private sliceStart = performance.now();

  constructor(private readonly signal?: AbortSignal) {}

  async maybeYield(): Promise<void> {
    if (performance.now() - this.sliceStart < SLICE_MS) return;
    await nextTurn();
    if (this.signal) throwIfCancelled(this.signal);
    this.sliceStart = performance.now();
  }
}
