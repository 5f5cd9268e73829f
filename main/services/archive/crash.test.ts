import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchiveChild } from '../../../test-support/build-archive-child';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { Archive } from './index';

const KILLS = 200;
/** A fresh folder every so many kills keeps each verify small; the kills are what matter. */
const KILLS_PER_FOLDER = 25;

type Acks = { articles: Set<string>; metas: Map<string, { readingPosition: number; starred: boolean }>; report: { id: string; n: number } | null };

let child: string;
beforeAll(async () => {
  child = await buildArchiveChild();
});
afterAll(async () => rm(child, { force: true }));

/** Starts the saving child, lets it run a random while after it opened, then SIGKILLs it. */
function runAndKill(dir: string, acks: Acks, runMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, 'save-loop', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buffered = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'open') setTimeout(() => proc.kill('SIGKILL'), runMs);
        else recordAck(line, acks);
      }
    });
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended by itself (${_code}); did open fail?`))));
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
    for (const id of acks.articles) expect(archive.getMeta(id), `acknowledged article ${id}`).toBeDefined();
    for (const [id, meta] of acks.metas) expect(archive.getMeta(id)).toMatchObject(meta);
    if (acks.report) {
      const saved = await archive.getReport(acks.report.id);
      // A later autosave may have landed without its ack; an earlier state never may.
      expect((saved.content as { n: number }).n).toBeGreaterThanOrEqual(acks.report.n);
    }
  } finally {
    await archive.close();
  }
}

describe('crash consistency', () => {
  it(`keeps every acknowledged save through ${KILLS} SIGKILLs at random moments`, { timeout: 180_000 }, async () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let totalAcks = 0;
    for (let round = 0; round < KILLS / KILLS_PER_FOLDER; round++) {
      const folder = await makeTempFolder('kho-tin-crash-');
      const acks: Acks = { articles: new Set(), metas: new Map(), report: null };
      try {
        for (let kill = 0; kill < KILLS_PER_FOLDER; kill++) {
          await runAndKill(folder.dir, acks, Math.floor(random() * 60));
          await checkAfterKill(folder.dir, acks);
        }
        totalAcks += acks.articles.size + acks.metas.size;
      } finally {
        await folder.remove();
      }
    }
    // The kills must have landed among saves, not only before the first one.
    expect(totalAcks).toBeGreaterThan(KILLS);
  });
});
