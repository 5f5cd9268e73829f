import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { SettingsStore } from './settings-store';

describe('settings.json', () => {
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  beforeEach(async () => {
    folder = await makeTempFolder();
  });
  afterEach(() => folder.remove());

  it('keeps a damaged file aside instead of overwriting it, and starts from defaults', async () => {
    const file = path.join(folder.dir, 'settings.json');
    await writeFile(file, '{"language": "en", "reader": {"fontSize": 2');
    const store = await SettingsStore.open(folder.dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.loadReport.recoveredFrom).toMatch(/settings\.json\.damaged-\d+$/);
    const aside = await readFile(store.loadReport.recoveredFrom!, 'utf8');
    expect(aside).toBe('{"language": "en", "reader": {"fontSize": 2');
  });

  it('fills preferences added by a newer version from the defaults', async () => {
    await writeFile(
      path.join(folder.dir, 'settings.json'),
      JSON.stringify({ language: 'en', reader: { fontSize: 30 } }),
    );
    const store = await SettingsStore.open(folder.dir);
    expect(store.get()).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'en',
      reader: { ...DEFAULT_SETTINGS.reader, fontSize: 30 },
    });
    expect(await readdir(folder.dir)).toEqual(['settings.json']);
  });

  it('rejects an out-of-range font size without changing what is stored', async () => {
    const store = await SettingsStore.open(folder.dir);
    await store.set({ reader: { fontSize: 20 } });
    await expect(store.set({ reader: { fontSize: 400 } })).rejects.toThrow();
    const reopened = await SettingsStore.open(folder.dir);
    expect(reopened.get().reader.fontSize).toBe(20);
  });
});
