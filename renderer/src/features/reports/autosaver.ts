import type { DocNode } from '../../../../shared/report/document';

/**
 * Typing pauses this long before a save starts; continuous typing saves at least every
 * MAX_WAIT_MS. With the editor's own 150 ms emit interval and a save of a few tens of
 * milliseconds, every keystroke is on disk within a second.
 */
export const AUTOSAVE = { DEBOUNCE_MS: 500, MAX_WAIT_MS: 750, RETRY_MS: 3000 } as const;

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'saving' }
  | { state: 'error'; message: string }
  | { state: 'conflict'; message: string };

export type SaveFn = (doc: DocNode, baseRevision: number) => Promise<{ revision: number }>;

type Timers = {
  set(fn: () => void, ms: number): number;
  clear(handle: number): void;
};

const browserTimers: Timers = {
  set: (fn, ms) => window.setTimeout(fn, ms),
  clear: (handle) => window.clearTimeout(handle),
};

/**
 * Autosave for one open report, apart from React so it can be tested alone. Saves never
 * overlap (one chain), never block the caller (change() only records the document), and a
 * conflict stops saving until the report is reloaded: the file on disk is never overwritten
 * from a stale base.
 */
export class Autosaver {
  private pending: DocNode | null = null;
  private writing = false;
  private chain: Promise<void> = Promise.resolve();
  private debounce: number | null = null;
  private maxWait: number | null = null;
  private stopped = false;
  private closed = false;
  private shown: SaveStatus['state'] = 'saved';

  constructor(
    private readonly save: SaveFn,
    private revision: number,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly errorCode: (error: unknown) => string | undefined,
    private readonly errorText: (error: unknown) => string,
    private readonly timers: Timers = browserTimers,
  ) {}

  get baseRevision(): number {
    return this.revision;
  }

  change(doc: DocNode): void {
    if (this.stopped) return;
    this.pending = doc;
    // Every emit while typing lands here: a status already shown must not re-render its owner.
    if (this.shown !== 'saving') this.status({ state: 'saving' });
    if (this.closed) {
      void this.flush();
      return;
    }
    if (this.debounce !== null) this.timers.clear(this.debounce);
    this.debounce = this.timers.set(() => void this.flush(), AUTOSAVE.DEBOUNCE_MS);
    this.maxWait ??= this.timers.set(() => void this.flush(), AUTOSAVE.MAX_WAIT_MS);
  }

  /** Writes what is pending now (after any save already running); resolves when it is on disk. */
  flush(): Promise<void> {
    this.clearTimers();
    this.chain = this.chain.then(() => this.writePending());
    return this.chain;
  }

  /** The report was replaced from outside (a restored version, a reload): start again from it. */
  reset(revision: number): void {
    this.clearTimers();
    this.pending = null;
    this.revision = revision;
    this.stopped = false;
    this.status({ state: 'saved' });
  }

  /** Leaving the report: flush now, and save any change that still arrives (the editor's last emit) at once. */
  close(): Promise<void> {
    this.closed = true;
    return this.flush();
  }

  private async writePending(): Promise<void> {
    const doc = this.pending;
    if (!doc || this.stopped) return;
    this.pending = null;
    this.writing = true;
    try {
      const meta = await this.save(doc, this.revision);
      this.revision = meta.revision;
      if (!this.pending) this.status({ state: 'saved' });
    } catch (error) {
      this.pending ??= doc;
      if (this.errorCode(error) === 'report-conflict') {
        this.stopped = true;
        this.status({ state: 'conflict', message: this.errorText(error) });
      } else {
        this.status({ state: 'error', message: this.errorText(error) });
        this.maxWait ??= this.timers.set(() => void this.flush(), AUTOSAVE.RETRY_MS);
      }
    } finally {
      this.writing = false;
    }
  }

  /** The text not yet on disk (after a conflict: what this window would lose on reload). */
  get unsaved(): DocNode | null {
    return this.pending;
  }

  get busy(): boolean {
    return this.writing || this.pending !== null;
  }

  private status(status: SaveStatus): void {
    this.shown = status.state;
    this.onStatus(status);
  }

  private clearTimers(): void {
    if (this.debounce !== null) this.timers.clear(this.debounce);
    if (this.maxWait !== null) this.timers.clear(this.maxWait);
    this.debounce = null;
    this.maxWait = null;
  }
}
