import fc from 'fast-check';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/errors';
import { CHANNEL_NAMES, contract, type ChannelName } from '../../../shared/ipc';
import { importFixture } from '../../../test-support/fixtures/import/paths';
import { folderChecksum } from '../../../test-support/folder-checksum';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { openAppServices, type AppServices } from '../../services/app-services';
import { createHandlerTable, type HandlerTable } from '../handler-table';
import { invokeChannel } from '../invoke';
import { LAST_CHANNELS, matches, PATH_KEYS, SEEDS, WRITING_CHANNELS } from './channel-kinds';
import { payloadsFor } from './payloads';
import type { ArbitraryOptions } from './zod-arbitrary';

/**
 * Every channel of the contract, fuzzed from its own schema: FUZZ_RUNS payloads in all (10,000
 * by default), spread over the channels. Each must answer a typed error or a result its output
 * schema accepts; the process keeps answering; read-only channels leave the archive folder
 * byte for byte as it was. FUZZ_SEED replays a run.
 */
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const SANDBOX_FILES = ['tin.txt', 'trang.html', 'khong-co.txt', 'thu-muc'];

const readOnly = CHANNEL_NAMES.filter(
  (c) => !matches(WRITING_CHANNELS, c) && !matches(LAST_CHANNELS, c),
);
const writing = CHANNEL_NAMES.filter((c) => matches(WRITING_CHANNELS, c));
const last = CHANNEL_NAMES.filter((c) => matches(LAST_CHANNELS, c));
const runsPerChannel = Math.max(1, Math.ceil(TOTAL_RUNS / CHANNEL_NAMES.length));

describe(`IPC fuzzing: ${runsPerChannel * CHANNEL_NAMES.length} payloads over ${CHANNEL_NAMES.length} channels`, () => {
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  let services: AppServices;
  let table: HandlerTable;
  let options: ArbitraryOptions;
  const failures: string[] = [];
  /** Per channel, how many payloads passed its input schema and so reached the handler. */
  const accepted = new Map<string, number>();
  let count = 0;

  beforeAll(async () => {
    folder = await makeTempFolder('kho-tin-fuzz-');
    const sandbox = path.join(folder.dir, 'sandbox');
    await mkdir(path.join(sandbox, 'thu-muc'), { recursive: true });
    await copyFile(importFixture('portal-copy-bracketed.txt'), path.join(sandbox, 'tin.txt'));
    await copyFile(importFixture('page-with-images.html'), path.join(sandbox, 'trang.html'));
    services = await openAppServices(
      { archiveDir: path.join(folder.dir, 'archive'), userDataDir: path.join(folder.dir, 'user') },
      { shell: 'web', version: 'fuzz' },
    );
    table = createHandlerTable({ ...services, openExternal: async () => true });
    // Something to read: the sample archive, indexed.
    expect(await invokeChannel(table, 'archive.loadSample', undefined, () => 'vi')).toMatchObject({
      ok: true,
    });
    await services.search.whenIdle();
    // Real ids, so payloads reach records that exist and not only 'not-found'.
    const articles = services.archive.listArticles().map((a) => a.id);
    const categories = services.archive.listCategories().map((c) => c.id);
    const job = await invokeChannel(
      table,
      'import.start',
      {
        files: [{ key: 'k', file: { path: path.join(sandbox, 'tin.txt') } }],
        duplicateMode: 'keep',
      },
      () => 'vi',
    );
    const jobs = job.ok ? [(job.value as { jobId: string }).jobId] : [];
    await services.jobs.whenIdle();
    const backups = (await services.archive.listBackups()).map((b) => b.name);
    options = {
      pathKeys: PATH_KEYS,
      sandbox,
      sandboxFiles: SANDBOX_FILES,
      known: {
        id: articles,
        ids: articles,
        categoryId: categories,
        fromId: categories,
        intoId: categories,
        jobId: jobs,
        name: backups,
      },
    };
  }, 60_000);

  afterAll(async () => {
    await services?.jobs.whenIdle();
    await services?.close();
    await folder?.remove();
  });

  async function fuzz(channel: ChannelName): Promise<void> {
    failures.length = 0;
    const { input, output } = contract[channel];
    await fc.assert(
      fc.asyncProperty(payloadsFor(input, options, SEEDS[channel]), async (payload) => {
        count++;
        if (input.safeParse(payload).success)
          accepted.set(channel, (accepted.get(channel) ?? 0) + 1);
        const result = await invokeChannel(table, channel, payload, () => 'vi');
        if (result.ok) {
          const checked = output.safeParse(result.value);
          if (!checked.success)
            failures.push(`${channel}: output breaks its schema: ${checked.error.message}`);
        } else if (
          // 'internal' without a detail is the wrapper's catch-all: an exception nobody typed.
          (result.error.code === 'internal' && !result.error.detail) ||
          !ERROR_CODES.includes(result.error.code as never)
        ) {
          failures.push(`${channel}: ${result.error.code} for ${preview(payload)}`);
        } else if (!result.error.message) {
          failures.push(`${channel}: ${result.error.code} without a message`);
        }
      }),
      { numRuns: runsPerChannel, seed: SEED, endOnFailure: true },
    );
    // Jobs the channel started (imports, reindexing) finish before the next channel is judged.
    await services.jobs.whenIdle();
    await services.search.whenIdle();
    const alive = await invokeChannel(table, 'app.info', undefined, () => 'vi');
    expect(alive.ok, `the process stopped answering after ${channel}`).toBe(true);
    expect(({} as Record<string, unknown>).polluted, `${channel} polluted Object.prototype`).toBe(
      undefined,
    );
  }

  it.each(readOnly)(
    '%s answers every payload and leaves the archive untouched',
    async (channel) => {
      const before = await folderChecksum(services.paths.archiveDir);
      await fuzz(channel);
      expect(
        await folderChecksum(services.paths.archiveDir),
        `${channel} wrote to the archive`,
      ).toBe(before);
      expect(failures).toEqual([]);
    },
  );

  it.each(writing)('%s answers every payload', async (channel) => {
    await fuzz(channel);
    expect(failures).toEqual([]);
  });

  it.each(last)('%s answers every payload (folders inside the sandbox only)', async (channel) => {
    await fuzz(channel);
    expect(failures).toEqual([]);
  });

  // A fuzzer whose payloads all bounce off the schema tests zod, not the handlers.
  it('sent every payload it promised, and some of each channel reached its handler', () => {
    expect(count).toBeGreaterThanOrEqual(runsPerChannel * CHANNEL_NAMES.length);
    const total = [...accepted.values()].reduce((sum, n) => sum + n, 0);
    console.log(
      `[fuzz] ${count} payloads, ${total} passed the input schema and reached a handler:`,
      Object.fromEntries(CHANNEL_NAMES.map((c) => [c, accepted.get(c) ?? 0])),
    );
    // A short run (mutation testing sets FUZZ_RUNS low) may miss a narrow schema; CI's may not.
    if (runsPerChannel >= 100) expect(CHANNEL_NAMES.filter((c) => !accepted.get(c))).toEqual([]);
  });
});

function preview(payload: unknown): string {
  try {
    return (JSON.stringify(payload) ?? String(payload)).slice(0, 300);
  } catch {
    return String(payload).slice(0, 300);
  }
}
