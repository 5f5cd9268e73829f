import path from 'node:path';
import { Low } from 'lowdb';
import { ZodError } from 'zod';
import type { ArticleBody } from '../../../shared/model';
import type { FsLike } from '../fs/fs-like';
import { CatalogFileAdapter, LEGACY_CATALOG_FILE } from './catalog-file';
import { CURRENT_SCHEMA_VERSION, emptyCatalog } from './catalog-schema';
import { CatalogState } from './catalog-state';
import { journalName, parseJournal, parseJournalName } from './journal';
import { describeIssue } from './json-file';
import { migrate, schemaVersionOf, unsupportedVersionReason } from './migrations';
import { CatalogProblem, type ArchiveProblem } from './problems';

export type LoadOptions = {
  fs: FsLike;
  writable: boolean;
  /** Called once before a migration rewrites anything: the pre-migration backup. */
  beforeMigration(fromVersion: number): Promise<void>;
  writeBody(body: ArticleBody): Promise<void>;
};

export type LoadedCatalog = {
  db: Low<ReturnType<typeof emptyCatalog>>;
  state: CatalogState;
  problems: ArchiveProblem[];
  /** The journal new changes go to, with the length of its valid part and its entry count. */
  active: { generation: number; validLength: number; entries: number; exists: boolean };
  migratedFrom: number | null;
};

/** Reads catalog.json through lowdb (migrating it when older), then replays the journals. */
export async function loadCatalog(dir: string, options: LoadOptions): Promise<LoadedCatalog> {
  const { fs } = options;
  let migratedFrom: number | null = null;
  const upgrade = async (raw: unknown): Promise<unknown> => {
    const version = schemaVersionOf(raw);
    const reason = unsupportedVersionReason(version);
    if (reason) throw new CatalogProblem(LEGACY_CATALOG_FILE, reason);
    if (!options.writable) {
      throw new CatalogProblem(
        LEGACY_CATALOG_FILE,
        `schemaVersion ${version} must be upgraded: open the archive for writing to upgrade it`,
      );
    }
    if (version === CURRENT_SCHEMA_VERSION) return raw;
    await options.beforeMigration(version!);
    migratedFrom = version;
    try {
      return await migrate(raw, { writeBody: options.writeBody });
    } catch (error) {
      if (error instanceof ZodError)
        throw new CatalogProblem(LEGACY_CATALOG_FILE, describeIssue(error.issues));
      throw error;
    }
  };
  const adapter = new CatalogFileAdapter(dir, fs, upgrade);
  const db = new Low(adapter, emptyCatalog());
  const problems: ArchiveProblem[] = [];
  const journals = await listJournals(fs, dir);
  try {
    const data = await adapter.read();
    if (data) db.data = data;
    else if (journals.length > 0)
      throw new CatalogProblem(
        'catalog.jsonl',
        'the file is missing but the archive has journal files',
      );
    else if (options.writable) await db.write();
    if (adapter.legacyVersion !== null) {
      // The new file first: a crash in between leaves both, and catalog.jsonl wins.
      await db.write();
      await fs.rm(path.join(dir, LEGACY_CATALOG_FILE), { force: true });
    } else if (
      options.writable &&
      adapter.snapshotVersion !== null &&
      adapter.snapshotVersion < CURRENT_SCHEMA_VERSION
    ) {
      // An older catalog.jsonl reads as it is (so read-only opens work); a writable open
      // rewrites it in the current layout once, after the pre-migration backup.
      await options.beforeMigration(adapter.snapshotVersion);
      migratedFrom = adapter.snapshotVersion;
      await db.write();
    }
  } catch (error) {
    if (!(error instanceof CatalogProblem)) throw error;
    problems.push({ file: error.file, reason: error.reason });
    return { db, state: new CatalogState(), problems, active: inactive(), migratedFrom };
  }
  const state = CatalogState.from(db.data);
  const active = await replayJournals(dir, fs, journals, db.data.generation, state, problems);
  if (options.writable && problems.length === 0)
    await removeStaleJournals(dir, fs, journals, db.data.generation);
  return { db, state, problems, active, migratedFrom };
}

function inactive(): LoadedCatalog['active'] {
  return { generation: 0, validLength: 0, entries: 0, exists: false };
}

async function listJournals(fs: FsLike, dir: string): Promise<number[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names
    .map(parseJournalName)
    .filter((generation): generation is number => generation !== null)
    .sort((a, b) => a - b);
}

/**
 * Applies every journal from the snapshot's generation on. Two can exist when a crash hit a
 * compaction after the switch to the new journal and before the new snapshot was in place.
 */
async function replayJournals(
  dir: string,
  fs: FsLike,
  journals: number[],
  snapshotGeneration: number,
  state: CatalogState,
  problems: ArchiveProblem[],
): Promise<LoadedCatalog['active']> {
  const active = { generation: snapshotGeneration, validLength: 0, entries: 0, exists: false };
  for (const generation of journals.filter((g) => g >= snapshotGeneration)) {
    const buffer = await fs.readFile(path.join(dir, journalName(generation)));
    const read = parseJournal(buffer);
    for (const op of read.ops) state.apply(op);
    Object.assign(active, {
      generation,
      validLength: read.validLength,
      entries: read.ops.length,
      exists: true,
    });
    if (read.problem) {
      problems.push({ file: journalName(generation), reason: read.problem });
      break;
    }
  }
  return active;
}

async function removeStaleJournals(
  dir: string,
  fs: FsLike,
  journals: number[],
  snapshotGeneration: number,
): Promise<void> {
  for (const generation of journals.filter((g) => g < snapshotGeneration)) {
    await fs.rm(path.join(dir, journalName(generation)), { force: true });
  }
}
