import { execFileSync } from 'node:child_process';
import { access, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addAndClose } from '../../test-support/create-test-archive';
import { makeTempFolder } from '../../test-support/temp-folder';
import { HEAD_FILE } from '../services/archive/catalog-head';
import { startHost, type Host } from './server';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let host: Host | null = null;

afterEach(async () => {
  await host?.close();
  host = null;
  await folder?.remove();
});

type Answer = { ok: boolean; value: { total: number; items: { id: string }[] } };

/**
 * A host started over an archive of five articles closed cleanly (so with a head); `prepare`
 * changes the archive folder before the host starts. `started()` tells whether startHost has
 * resolved, that is whether the archive is open.
 */
async function startOverFive(
  prefix: string,
  prepare: (archiveDir: string) => Promise<void>,
  hostOptions: { openArchiveAfterFirstPageMs?: number } = {},
) {
  folder = await makeTempFolder(prefix);
  const archiveDir = path.join(folder.dir, 'archive');
  await addAndClose(archiveDir, 5);
  await prepare(archiveDir);
  const rendererDir = path.join(folder.dir, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  let listening!: (url: string) => void;
  const url = new Promise<string>((resolve) => (listening = resolve));
  let started = false;
  const starting = startHost({
    archiveDir,
    userDataDir: path.join(folder.dir, 'user'),
    rendererDir,
    version: 'test',
    onListening: listening,
    ...hostOptions,
  }).then((opened) => {
    started = true;
    return (host = opened);
  });
  const base = await url;
  const html = await (await fetch(base)).text();
  const token = /name="khotin-token" content="([0-9a-f]+)"/.exec(html)![1]!;
  const call = async (channel: string, input: unknown) =>
    (await (
      await fetch(`${base}api/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-khotin-token': token },
        body: JSON.stringify({ channel, input }),
      })
    ).json()) as Answer;
  return { archiveDir, call, starting, started: () => started };
}

/**
 * A named pipe in place of archive.lock holds the archive's open (the lock is read before the
 * catalogue) until the test writes a dead owner into it; the catalogue files, which the head is
 * checked against, stay as the archive left them.
 */
async function startHeld(withHead: boolean) {
  let lock = '';
  const host = await startOverFive('kho-tin-head-', async (archiveDir) => {
    if (!withHead) await rm(path.join(archiveDir, HEAD_FILE));
    lock = path.join(archiveDir, 'archive.lock');
    execFileSync('mkfifo', [lock]);
  });
  const list = (input: unknown) => host.call('articles.list', input);
  const release = async () => {
    await writeFile(lock, JSON.stringify({ pid: 2 ** 31 - 2, hostname: os.hostname() }));
    return host.starting;
  };
  return { list, release, started: host.started };
}

describe.skipIf(process.platform === 'win32')('the first page before the archive is open', () => {
  it('is answered from the head the archive left, the same page the archive then gives', async () => {
    const held = await startHeld(true);
    const early = await held.list({ offset: 0, limit: 200 });
    expect(held.started()).toBe(false);
    expect(early.value.total).toBe(5);
    await held.release();
    expect(await held.list({ offset: 0, limit: 200 })).toEqual(early);
  });

  it('waits for the archive when there is no head (an archive an older version closed)', async () => {
    const held = await startHeld(false);
    let answered = false;
    const early = held.list({ offset: 0, limit: 200 }).then((answer) => {
      answered = true;
      return answer;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answered).toBe(false);
    await held.release();
    expect((await early).value.total).toBe(5);
  });
});

/** A host asked to hold the archive's open until the first page (or `fallbackMs`). */
async function startDeferred(
  fallbackMs: number,
  prepare: (archiveDir: string) => Promise<void> = async () => {},
) {
  const host = await startOverFive('kho-tin-defer-', prepare, {
    openArchiveAfterFirstPageMs: fallbackMs,
  });
  const lockExists = () =>
    access(path.join(host.archiveDir, 'archive.lock')).then(
      () => true,
      () => false,
    );
  return { ...host, lockExists };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Far longer than any test: the archive opens only because of what the test does. */
const NEVER = 10 * 60_000;

describe('the archive opened only after the first page (openArchiveAfterFirstPageMs)', () => {
  it('is not opened before the first page is asked for, which the head answers, and opens after it', async () => {
    const held = await startDeferred(NEVER);
    await pause(300);
    // The folder's lock is held from the start (another program is told "in use"), the archive not opened.
    expect(await held.lockExists()).toBe(true);
    expect(held.started()).toBe(false);
    const early = await held.call('articles.list', { offset: 0, limit: 200 });
    expect(early.value.total).toBe(5);
    await held.starting;
    expect(await held.lockExists()).toBe(true);
    expect(await held.call('articles.list', { offset: 0, limit: 200 })).toEqual(early);
  });

  it('makes any other call wait for the archive, opened once the first page is out', async () => {
    const held = await startDeferred(NEVER);
    let answered = false;
    const categories = held.call('categories.list', undefined).then((answer) => {
      answered = true;
      return answer;
    });
    await pause(300);
    expect(answered).toBe(false);
    await held.call('articles.list', { offset: 0, limit: 200 });
    expect((await categories).ok).toBe(true);
    expect(held.started()).toBe(true);
  });

  it('opens at once when the head is stale (a catalogue file changed since it was written)', async () => {
    const held = await startDeferred(NEVER, async (archiveDir) => {
      const later = new Date(Date.now() + 60_000);
      await utimes(path.join(archiveDir, 'catalog.jsonl'), later, later);
    });
    await held.starting;
    expect(await held.lockExists()).toBe(true);
  });

  it('opens after the fallback delay when the page never asks for the list', async () => {
    const held = await startDeferred(50);
    await held.starting;
    expect(await held.lockExists()).toBe(true);
  });
});
