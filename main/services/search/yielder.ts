import { setImmediate as nextTurn } from 'node:timers/promises';
import { throwIfCancelled } from '../jobs';

/** Work slices this long keep queries and IPC answering while an index is built or packed. */
const SLICE_MS = 12;

export type YielderOptions = {
  /** How long a slice may run; 0 hands the loop back at every check (tests: every slice boundary). */
  sliceMs?: number;
  /** What runs between slices: the next event-loop turn (tests also query there). */
  turn?: () => Promise<unknown>;
};

/** Lets long loops hand the event loop back every few milliseconds, and stop when cancelled. */
export class Yielder {
  private sliceStart = performance.now();
  private readonly sliceMs: number;
  private readonly turn: () => Promise<unknown>;

  constructor(
    private readonly signal?: AbortSignal,
    options: YielderOptions = {},
  ) {
    this.sliceMs = options.sliceMs ?? SLICE_MS;
    this.turn = options.turn ?? (() => nextTurn());
  }

  async maybeYield(): Promise<void> {
    if (performance.now() - this.sliceStart < this.sliceMs) return;
    await this.turn();
    if (this.signal) throwIfCancelled(this.signal);
    this.sliceStart = performance.now();
  }

  /** Calls `visit(0…count-1)`, checking the clock every `every` calls rather than every call. */
  async each(count: number, visit: (i: number) => void, every = 1024): Promise<void> {
    for (let i = 0; i < count; i++) {
      visit(i);
      if (i % every === every - 1) await this.maybeYield();
    }
  }
}
