import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Archive, type HeldLock } from './archive';
import { EventBus } from './event-bus';
import { ImportService } from './import/import-service';
import type { ReportService } from './reports/report-service';
import { JobRunner } from './jobs';
import { nullLogger, type Logger } from './log/logger';
import { SearchService } from './search/search-service';
import { SettingsStore } from './settings/settings-store';
import { OPEN_GATE, StartupGate } from './startup-gate';

export type AppPaths = {
  /** The article archive folder (catalog.jsonl + journal-*.log, items/, reports/, media/, index/, backups/). */
  archiveDir: string;
  /** Per-user app data: settings.json and window state. */
  userDataDir: string;
};

export type Shell = 'electron' | 'web';

/** Every service the app runs, built over two folders. Electron, the host and the CLI all use this. */
export type AppServices = {
  paths: AppPaths;
  shell: Shell;
  version: string;
  events: EventBus;
  jobs: JobRunner;
  settings: SettingsStore;
  /** The article archive; holds the folder's lock until close(). */
  archive: Archive;
  /** Reports in the archive's reports/ folder: autosave with revisions, trash, versions, images. */
  reports: ReportService;
  /** Search over the archive; its index loads or builds in the background. */
  search: SearchService;
  /** Import of copied text, web pages and Word files into the archive, as jobs. */
  importer: ImportService;
  /** The local log for IT (logs/ under the user data folder); never what people read or write. */
  logger: Logger;
  /** Opened by the library's first page: what search's start waits for in a shell with a UI. */
  startup: Pick<StartupGate, 'open'>;
  close(): Promise<void>;
};

/** A UI that never asks for the list (opens on another page) still gets search this soon. */
const SEARCH_START_FALLBACK_MS = 3000;

export async function openAppServices(
  paths: AppPaths,
  options: {
    shell: Shell;
    version: string;
    /** The desktop app reopens the archive where the user last moved it; the host and CLI take the folder given. */
    followMovedArchive?: boolean;
    logger?: Logger;
    /** The shells with a UI: the search index loads after the library's first page is answered. */
    searchAfterFirstList?: boolean;
    /** Already open: the host answers the page's settings.get from it while the archive opens. */
    settings?: SettingsStore;
    /** Already made: Electron's window and menu send on it before the archive is open. */
    events?: EventBus;
    /** The archive folder's lock, taken when the shell started (see startEarly): adopted. */
    archiveLock?: HeldLock;
  },
): Promise<AppServices> {
  const logger = options.logger ?? nullLogger;
  const events = options.events ?? new EventBus();
  const jobs = new JobRunner(events, logger);
  const settings = options.settings ?? (await SettingsStore.open(paths.userDataDir));
  const archiveDir = archiveDirOf(paths, settings, options.followMovedArchive);
  await mkdir(archiveDir, { recursive: true });
  const archive = await Archive.open(archiveDir, { lock: options.archiveLock });
  const status = archive.status();
  logger.info('archive.open', {
    articles: archive.listArticles().length,
    categories: archive.listCategories().length,
    readOnly: status.readOnly,
    problems: status.problems.length,
    movedByUser: archiveDir !== path.resolve(paths.archiveDir),
  });
  const startup = options.searchAfterFirstList
    ? new StartupGate(SEARCH_START_FALLBACK_MS)
    : OPEN_GATE;
  const search = SearchService.open({
    source: archive,
    indexDir: path.join(archiveDir, 'index'),
    jobs,
    startAfter: startup.opened,
  });
  const trashEmptied = emptyOldTrash(archive, logger);
  const stopReportEvents = archive.reports.onChange((ids) =>
    events.emit('reports.changed', { ids }),
  );
  return {
    paths: { archiveDir, userDataDir: path.resolve(paths.userDataDir) },
    shell: options.shell,
    version: options.version,
    events,
    jobs,
    settings,
    archive,
    reports: archive.reports,
    search,
    importer: new ImportService({ archive, jobs }),
    logger,
    startup,
    async close() {
      // Services that hold files (the archive's lock, the search index) close here.
      stopReportEvents();
      await trashEmptied;
      await search.close();
      await archive.close();
    },
  };
}

/** The folder the archive opens from: where the user last moved it (desktop app), else the one given. */
export function archiveDirOf(
  paths: AppPaths,
  settings: SettingsStore,
  followMovedArchive = false,
): string {
  return path.resolve((followMovedArchive && settings.get().archivePath) || paths.archiveDir);
}

/** Articles stay in the trash this long; then the trash lets them go on the next start. */
export const TRASH_RETENTION_DAYS = 30;

/** In the background: start-up does not wait for old bodies to be removed. */
function emptyOldTrash(archive: Archive, logger: Logger): Promise<void> {
  if (archive.status().readOnly || archive.trashCount() === 0) return Promise.resolve();
  return archive.emptyTrash({ olderThanDays: TRASH_RETENTION_DAYS }).then(
    (removed) => {
      if (removed > 0)
        logger.info('trash.emptied', { removed, olderThanDays: TRASH_RETENTION_DAYS });
    },
    (error: unknown) => logger.error('trash.emptied', error),
  );
}
