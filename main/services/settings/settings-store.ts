import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../../shared/settings';

export type SettingsLoadReport = { recoveredFrom: string | null };

/**
 * Preferences in <userData>/settings.json through lowdb. Not `JSONFilePreset`: it turns into an
 * in-memory store under NODE_ENV=test, and the tests must see the real file survive a restart.
 */
export class SettingsStore {
  private constructor(
    private readonly db: Low<Settings>,
    readonly loadReport: SettingsLoadReport,
  ) {}

  static async open(userDataDir: string): Promise<SettingsStore> {
    await mkdir(userDataDir, { recursive: true });
    const file = path.join(userDataDir, 'settings.json');
    const { settings, recoveredFrom } = await readSettings(file);
    const db = new Low<Settings>(new JSONFile<Settings>(file), settings);
    return new SettingsStore(db, { recoveredFrom });
  }

  get(): Settings {
    return structuredClone(this.db.data);
  }

  async set(patch: SettingsPatch): Promise<Settings> {
    const next: Settings = {
      ...this.db.data,
      ...(patch.language ? { language: patch.language } : {}),
      reader: { ...this.db.data.reader, ...defined(patch.reader) },
      editor: { ...this.db.data.editor, ...defined(patch.editor) },
      reportDefaults: patch.reportDefaults ?? this.db.data.reportDefaults,
    };
    this.db.data = SettingsSchema.parse(next);
    await this.db.write();
    return this.get();
  }

  /** Only `archive.move` sets this, after the move succeeded; the renderer cannot point it elsewhere. */
  async setArchivePath(dir: string): Promise<void> {
    this.db.data = { ...this.db.data, archivePath: dir };
    await this.db.write();
  }

  async reset(section: 'reader' | 'all'): Promise<Settings> {
    this.db.data =
      section === 'all'
        ? { ...structuredClone(DEFAULT_SETTINGS), archivePath: this.db.data.archivePath }
        : { ...this.db.data, reader: { ...DEFAULT_SETTINGS.reader } };
    await this.db.write();
    return this.get();
  }
}

/**
 * Reads what is there, filling keys added by newer versions from the defaults. A file that
 * does not parse is moved aside (never overwritten) so the user's old preferences can be recovered.
 */
async function readSettings(
  file: string,
): Promise<{ settings: Settings; recoveredFrom: string | null }> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return { settings: structuredClone(DEFAULT_SETTINGS), recoveredFrom: null };
  }
  try {
    const stored = JSON.parse(raw) as Partial<Settings>;
    const merged = {
      ...DEFAULT_SETTINGS,
      ...stored,
      reader: { ...DEFAULT_SETTINGS.reader, ...(stored.reader ?? {}) },
      editor: { ...DEFAULT_SETTINGS.editor, ...(stored.editor ?? {}) },
    };
    const parsed = SettingsSchema.safeParse(merged);
    if (parsed.success) return { settings: parsed.data, recoveredFrom: null };
  } catch {
    // Falls through to setting the damaged file aside.
  }
  const aside = `${file}.damaged-${Date.now()}`;
  await rename(file, aside);
  return { settings: structuredClone(DEFAULT_SETTINGS), recoveredFrom: aside };
}

/** A patch's fields minus those sent as undefined (Electron's IPC keeps them): absent means unchanged. */
function defined<T extends object>(patch: T | undefined): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch ?? {}).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
