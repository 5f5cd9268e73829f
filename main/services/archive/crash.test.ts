import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchiveChild } from '../../../test-support/build-archive-child';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { docText } from '../../../shared/report/document';
import { Archive } from './index';

const KILLS = 200;
/** A fresh folder every so many kills keeps each verify small; the kills are what matter. */
const KILLS_PER_FOLDER = 25;
/**
 * Independent kill loops run side by side: most of each round is a node process starting, and
 * overlapping those keeps the whole test near half a minute on two idle cores.
 */
const LANES = 4;

type Acks = {
  articles: Set<string>;
  metas: Map<string, { readingPosition: number; starred: boolean }>;
  report: { id: string; n: number } | null;
};

let child: string;
beforeAll(async () => {
  child = await buildArchiveChild();
});
afterAll(async () => rm(child, { force: true }));

/** Starts the saving child, lets it run a random while after it opened, then SIGKILLs it. */
/**
 * Kills the saving child `runMs` after it opened the archive, or after its first acknowledged save
 * when `afterFirstSave`: most kills must land among saves even when a loaded machine opens slowly.
 */
function runAndKill(
  dir: string,
  acks: Acks,
  runMs: number,
  afterFirstSave: boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, 'save-loop', dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    let timerSet = false;
    const killLater = () => {
      if (timerSet) return;
      timerSet = true;
      setTimeout(() => proc.kill('SIGKILL'), runMs);
    };
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'open') {
          if (!afterFirstSave) killLater();
        } else {
          recordAck(line, acks);
          killLater();
        }
      }
    });
    proc.on('error', reject);
    proc.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve()
        : reject(new Error(`child ended by itself (${_code}); did open fail?`)),
    );
  });
}

function recordAck(line: string, acks: Acks): void {
  const [ack, kind, id, a, b] = line.split(' ');
  if (ack !== 'ack') throw new Error(`unexpected child output: ${line}`);
  if (kind === 'article') acks.articles.add(id!);
  if (kind === 'meta') acks.metas.set(id!, { readingPosition: Number(a), starred: b === 'true' });
  if (kind === 'report') acks.report = { id: id!, n: Number(a) };
}

async function checkAfterKill(dir: string, acks: Acks): Promise<void> {
  // Opening for writing also proves the dead child's lock is recognised as stale.
  const archive = await Archive.open(dir);
  try {
    expect(archive.status().problems).toEqual([]);
    const report = await archive.verify();
    expect(report.problems).toEqual([]);
    for (const id of acks.articles)
      expect(archive.getMeta(id), `acknowledged article ${id}`).toBeDefined();
    for (const [id, meta] of acks.metas) expect(archive.getMeta(id)).toMatchObject(meta);
    if (acks.report) {
      const saved = await archive.reports.get(acks.report.id);
      // A later autosave may have landed without its ack; an earlier state never may.
      expect(Number(docText(saved.report!.content))).toBeGreaterThanOrEqual(acks.report.n);
    }
  } finally {
    await archive.close();
  }
}

/** One lane: folders in turn, each taking KILLS_PER_FOLDER kills; returns how many saves were acknowledged. */
async function killLoop(kills: number, seed: number): Promise<number> {
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let acknowledged = 0;
  for (let done = 0; done < kills; done += KILLS_PER_FOLDER) {
    const folder = await makeTempFolder('kho-tin-crash-');
    const acks: Acks = { articles: new Set(), metas: new Map(), report: null };
    try {
      for (let kill = 0; kill < Math.min(KILLS_PER_FOLDER, kills - done); kill++) {
        await runAndKill(folder.dir, acks, Math.floor(random() * 120), random() < 0.75);
        await checkAfterKill(folder.dir, acks);
      }
      acknowledged += acks.articles.size + acks.metas.size;
    } finally {
      await folder.remove();
    }
  }
  return acknowledged;
}

describe('crash consistency', () => {
  it(
    `keeps every acknowledged save through ${KILLS} SIGKILLs at random moments`,
    { timeout: 300_000 },
    async () => {
      const lanes = Array.from({ length: LANES }, (_, lane) =>
        killLoop(KILLS / LANES, 12345 + lane),
      );
      const acknowledged = (await Promise.all(lanes)).reduce((a, b) => a + b, 0);
      // The kills must have landed among saves, not only before the first one (a loaded machine saves slowly).
      expect(acknowledged).toBeGreaterThan(KILLS / 2);
    },
  );
});
