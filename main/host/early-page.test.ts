import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addAndClose } from '../../test-support/create-test-archive';
import { makeTempFolder } from '../../test-support/temp-folder';
import { startHost, type Host } from './server';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let host: Host | null = null;

afterEach(async () => {
  await host?.close();
  host = null;
  await folder?.remove();
});

async function rendererIn(dir: string): Promise<string> {
  const rendererDir = path.join(dir, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  return rendererDir;
}

describe('the host while the archive opens', () => {
  it('serves the page from the moment it listens, and answers calls made then once the archive is open', async () => {
    folder = await makeTempFolder('kho-tin-early-');
    const archiveDir = path.join(folder.dir, 'archive');
    await addAndClose(archiveDir, 5);

    let early: Promise<{ html: string; total: number }> | null = null;
    host = await startHost({
      archiveDir,
      userDataDir: path.join(folder.dir, 'user'),
      rendererDir: await rendererIn(folder.dir),
      version: 'test',
      onListening: (url) => {
        early = (async () => {
          const html = await (await fetch(url)).text();
          const token = /name="khotin-token" content="([0-9a-f]+)"/.exec(html)![1]!;
          const answer = await fetch(`${url}api/invoke`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-khotin-token': token },
            body: JSON.stringify({ channel: 'articles.list', input: { limit: 2 } }),
          });
          const result = (await answer.json()) as { ok: boolean; value: { total: number } };
          return { html, total: result.value.total };
        })();
      },
    });
    expect(early).not.toBeNull();
    const { html, total } = await early!;
    expect(html).toContain('khotin-token');
    expect(total).toBe(5);
  });

  // A named pipe in place of catalog.jsonl holds the archive's open until the test writes it.
  it.skipIf(process.platform === 'win32')(
    'serves the page and the settings while the archive is still opening',
    async () => {
      folder = await makeTempFolder('kho-tin-early-');
      const archiveDir = path.join(folder.dir, 'archive');
      await addAndClose(archiveDir, 2);
      const catalog = path.join(archiveDir, 'catalog.jsonl');
      const content = await readFile(catalog);
      await rm(catalog);
      execFileSync('mkfifo', [catalog]);

      let listening!: (url: string) => void;
      const url = new Promise<string>((resolve) => (listening = resolve));
      let started = false;
      const starting = startHost({
        archiveDir,
        userDataDir: path.join(folder.dir, 'user'),
        rendererDir: await rendererIn(folder.dir),
        version: 'test',
        onListening: listening,
      }).then((opened) => {
        started = true;
        return opened;
      });
      const base = await url;
      const html = await (await fetch(base)).text();
      const token = /name="khotin-token" content="([0-9a-f]+)"/.exec(html)![1]!;
      const invoke = async (channel: string, input?: unknown) =>
        (await (
          await fetch(`${base}api/invoke`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-khotin-token': token },
            body: JSON.stringify({ channel, input }),
          })
        ).json()) as { ok: boolean; value: Record<string, unknown> };
      const settings = await invoke('settings.get');
      expect(settings.ok).toBe(true);
      expect(settings.value.language).toBe('vi');
      expect(started).toBe(false);

      await writeFile(catalog, content);
      host = await starting;
      expect((await invoke('articles.list', {})).value.total).toBe(2);
    },
  );

  it('closes its port when the archive cannot be opened', async () => {
    folder = await makeTempFolder('kho-tin-early-');
    const notAFolder = path.join(folder.dir, 'archive');
    await writeFile(notAFolder, 'a file where the archive folder should be');
    let listened = '';
    await expect(
      startHost({
        archiveDir: notAFolder,
        userDataDir: path.join(folder.dir, 'user'),
        rendererDir: await rendererIn(folder.dir),
        version: 'test',
        onListening: (url) => (listened = url),
      }),
    ).rejects.toThrow();
    expect(listened).not.toBe('');
    await expect(fetch(listened)).rejects.toThrow();
  });
});
