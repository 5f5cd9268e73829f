/**
 * Holds background start-up work (the search index's load or rebuild) until the library's first
 * page has been answered, so the first rows never queue behind it on the same event loop and the
 * same two cores. A shell that shows no list (another page first, a failed page) is not kept from
 * search for long: the gate opens by itself after `fallbackMs`.
 */
export class StartupGate {
  readonly opened: Promise<void>;
  private release!: () => void;
  private readonly timer: NodeJS.Timeout;

  constructor(fallbackMs: number) {
    this.opened = new Promise<void>((resolve) => (this.release = resolve));
    this.timer = setTimeout(() => this.open(), fallbackMs);
    // Only a reason to wait, never a reason to keep the process alive.
    this.timer.unref();
  }

  /** The first page is on its way: background work may start once this turn's answer is out. */
  open(): void {
    clearTimeout(this.timer);
    setImmediate(this.release);
  }
}

/** A gate that is open from the start (the CLI, tests that search at once). */
export const OPEN_GATE = { opened: Promise.resolve(), open: () => undefined };
