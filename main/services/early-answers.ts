import type { z } from 'zod';
import type { ChannelOutput, Contract } from '../../shared/ipc';
import type { AppServices } from './app-services';
import { holdLock, type HeldLock } from './archive';
import { answerFromHead, readCatalogHead, type CatalogHead } from './archive/catalog-head';
import type { SettingsStore } from './settings/settings-store';
import { StartupGate } from './startup-gate';

/**
 * How long a shell with a window holds the archive for its first page: the page has loaded and
 * asked by then on a busy machine; past it, the archive opens anyway (a page that never asks).
 */
export const FIRST_PAGE_FALLBACK_MS = 2000;

type ListInput = z.output<Contract['articles.list']['input']>;
type ListPage = ChannelOutput<'articles.list'>;

/** The calls a shell answers before its archive is open: a part of its handler table. */
export type EarlyAnswers = {
  'settings.get': () => ChannelOutput<'settings.get'>;
  'articles.list': (input: ListInput) => Promise<ListPage>;
};

/** What the shell's table needs of the archive's answers once it is open. */
type ArchiveTable = {
  'articles.list': (input: ListInput) => Promise<ListPage> | ListPage;
};

export type ArchiveOpened<Table> = { services: AppServices; table: Table };

export type EarlyStartOptions<Table> = {
  /** The folder the archive will be opened from: its head is read there. */
  archiveDir: string;
  /** Already open: the page's settings.get is answered from it, the services then use it. */
  settings: SettingsStore;
  /**
   * Opens the archive and everything over it, once (see openArchiveAfterFirstPageMs), adopting
   * the folder's lock taken when the early start began.
   */
  openServices(lock: HeldLock): Promise<AppServices>;
  /** The shell's full handler table over the opened services. */
  tableOf(services: AppServices): Table;
  /**
   * When set and the archive left a head that still describes it: the archive is opened only once
   * the first page has been answered from that head, or after this many ms (a page that never
   * asks for the list). Its decode then does not compete with the page's own load for the cores.
   * Unset: the archive opens at once (a caller that awaits the open before showing any page).
   */
  openArchiveAfterFirstPageMs?: number;
};

export type EarlyStart<Table> = {
  /** The archive and the table over it; rejects when the archive cannot be opened. */
  opening: Promise<ArchiveOpened<Table>>;
  /** settings.get, and the library's first page from the head while the archive is not open. */
  answers: EarlyAnswers;
  /** Where a call on `channel` goes: its early answer if it has one, else the table once open. */
  tableFor(channel: unknown): Promise<EarlyAnswers | Table>;
  /** Let the archive open now: no page will ask for the list. */
  openNow(): void;
  /**
   * The shell is going away: an open not yet started never starts (null); one under way is
   * awaited, so its services can be closed and the lock let go.
   */
  stop(): Promise<AppServices | null>;
};

/**
 * The early answers both shells with a window share (the loopback host and Electron's main
 * process): the page loads and renders its first rows from the catalogue head while the archive
 * is decoded, or before the decode starts at all, so the first rows of a 100,000-article archive
 * come as fast as those of a small one. Every other call waits for the archive.
 */
export function startEarly<Table extends ArchiveTable>(
  options: EarlyStartOptions<Table>,
): EarlyStart<Table> {
  const { settings } = options;
  // Started before the archive opens (which may write to the catalogue): see catalog-head.ts.
  const head = readCatalogHead(options.archiveDir);
  // The folder is ours from the first instant, not only once the archive opens: a CLI or a second
  // host started during the hold is the one told "in use", not this window a moment later.
  const locking = holdLock(options.archiveDir);
  const gate = holdArchiveOpen(head, options.openArchiveAfterFirstPageMs);
  // In use: said at once, not after the hold.
  locking.catch(() => gate.open());
  let state: 'held' | 'opening' | 'stopped' = 'held';
  const opening = gate.opened
    .then(async () => {
      // Stopped while held: nothing was opened, and nothing will wait for it any more.
      if (state === 'stopped') return new Promise<never>(() => undefined);
      state = 'opening';
      const lock = await locking;
      // A failed open lets the lock go (Archive.open does once it has adopted it; twice is harmless).
      return options.openServices(lock).catch(async (error: unknown) => {
        await lock.release();
        throw error;
      });
    })
    .then((services) => ({ services, table: options.tableOf(services) }));
  // Calls that arrive before the archive is open wait for it; a failed open is reported by the
  // shell, so the waiting calls must not also count as unhandled.
  opening.catch(() => undefined);
  let open = false;
  void opening.then(
    () => (open = true),
    () => undefined,
  );

  const answers: EarlyAnswers = {
    'settings.get': () => settings.get(),
    'articles.list': async (input) => {
      // Only until the archive is open: from then on the archive answers (the head goes stale
      // with the first change).
      const found = open ? null : await head;
      const early = found && !open ? answerFromHead(found, input ?? {}) : null;
      if (!early) {
        gate.open();
        return (await opening).table['articles.list'](input);
      }
      // The page has its rows: the archive may open now (after this answer is out).
      gate.open();
      // As the archive's own answer would: search starts once the first page is out.
      void opening.then(
        ({ services }) => services.startup.open(),
        () => undefined,
      );
      return early;
    },
  };

  return {
    opening,
    answers,
    async tableFor(channel) {
      const early = typeof channel === 'string' && Object.hasOwn(answers, channel);
      return early ? answers : (await opening).table;
    },
    openNow: () => gate.open(),
    async stop() {
      if (state !== 'opening') {
        state = 'stopped';
        // Let the held chain run to its end now rather than keep a timer's reason to wait.
        gate.open();
        // Never opened: the lock taken at the start is let go here.
        await locking.then(
          (lock) => lock.release(),
          () => undefined,
        );
        return null;
      }
      return opening.then(
        ({ services }) => services,
        () => null,
      );
    },
  };
}

/**
 * Holds the archive's open until the first page is out, only when that page can be answered
 * without it (a head that still describes the catalogue) and the caller asked for it; else open
 * at once. The same gate as search's start: open() lets the held work start after this turn.
 */
function holdArchiveOpen(
  head: Promise<CatalogHead | null>,
  fallbackMs: number | undefined,
): Pick<StartupGate, 'opened' | 'open'> {
  if (fallbackMs === undefined) return { opened: Promise.resolve(), open: () => undefined };
  const gate = new StartupGate(fallbackMs);
  void head.then((found) => {
    if (!found) gate.open();
  });
  return gate;
}
