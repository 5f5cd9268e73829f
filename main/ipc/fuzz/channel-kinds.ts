/**
 * How the IPC fuzzer treats each channel, by name or by prefix (ending in '.'). A channel in
 * no list is expected to leave the archive folder byte for byte as it was: a new channel that
 * writes fails the fuzz until it is listed here, on purpose.
 */

/** Channels that may change the archive folder (they are fuzzed after the read-only ones). */
export const WRITING_CHANNELS = [
  'settings.',
  'articles.update',
  'articles.delete',
  'articles.undoDelete',
  'categories.rename',
  'categories.merge',
  'archive.restore',
  'archive.emptyTrash',
  'archive.loadSample',
  'import.start',
  'reports.create',
  'reports.save',
  'reports.rename',
  'reports.duplicate',
  'reports.delete',
  'reports.restore',
  'reports.restoreVersion',
  'reports.compile',
  'reports.appendQuote',
  'reports.openDocx',
  'media.put',
  'search.reindex',
] as const;

/** Channels that move the archive away: fuzzed last, with folders inside the sandbox only. */
export const LAST_CHANNELS = ['archive.move'] as const;

/** Object keys whose strings are file paths: generated inside the test's sandbox folder. */
export const PATH_KEYS = new Set(['path', 'to', 'folder', 'dir', 'file', 'target', 'outputPath']);

export function matches(list: readonly string[], channel: string): boolean {
  return list.some((entry) =>
    entry.endsWith('.') ? channel.startsWith(entry) : channel === entry,
  );
}

/**
 * Valid payloads for channels whose schemas carry refinements a generator cannot derive (the
 * report document must start with a doc node). The fuzzer sends them as they are and bent.
 */
export const SEEDS: Partial<Record<string, unknown[]>> = {
  'reports.save': [
    {
      id: 'r0123456789ab',
      baseRevision: 0,
      content: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }],
      },
    },
  ],
};
