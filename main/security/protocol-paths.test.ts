import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../../test-support/temp-folder';
import { mediaUrl, resolveAppFile, resolveMediaFile } from './protocol-paths';

/** A built renderer and an archive side by side, with a secret beside them that must stay unreachable. */
let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let rendererDir: string;
let archiveDir: string;
const PHOTO = 'a3f1c2d4e5b6a7980123456789abcdef0123456789abcdef0123456789abcdef.jpg';

beforeAll(async () => {
  folder = await makeTempFolder();
  rendererDir = path.join(folder.dir, 'out', 'renderer');
  archiveDir = path.join(folder.dir, 'archive');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await mkdir(path.join(archiveDir, 'media'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kho Tin</title>');
  await writeFile(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(archiveDir, 'media', PHOTO), 'jpeg bytes');
  await writeFile(path.join(archiveDir, 'catalog.json'), '{"secret":true}');
  await writeFile(path.join(folder.dir, 'secret.txt'), 'do not serve');
});
afterAll(() => folder.remove());

const read = async (file: string | null) => (file ? readFile(file, 'utf8') : null);

describe('app:// serves the built renderer and nothing else', () => {
  it('serves the page at the root and its assets', async () => {
    expect(await read(resolveAppFile(rendererDir, 'app://kho-tin/'))).toContain(
      '<title>Kho Tin</title>',
    );
    expect(await read(resolveAppFile(rendererDir, 'app://kho-tin/index.html'))).toContain(
      'Kho Tin',
    );
    expect(await read(resolveAppFile(rendererDir, 'app://kho-tin/assets/index-abc.js?v=1#x'))).toBe(
      'console.log(1)',
    );
  });

  it('keeps a ../ inside the folder (URL parsing already folds it away)', () => {
    for (const url of [
      'app://kho-tin/../../secret.txt',
      'app://kho-tin/%2e%2e/%2e%2e/secret.txt',
    ]) {
      expect(resolveAppFile(rendererDir, url), url).toBe(path.join(rendererDir, 'secret.txt'));
    }
  });

  it('refuses encoded paths that would climb out of the renderer folder, however they are spelled', () => {
    const attempts = [
      'app://kho-tin/assets/..%2f..%2f..%2fsecret.txt',
      'app://kho-tin/..%5c..%5c..%5csecret.txt',
      'app://kho-tin/%2e%2e%5c%2e%2e%5csecret.txt',
      'app://kho-tin/C:%5cWindows%5cwin.ini',
      'app://kho-tin/index.html%00.png',
      'app://kho-tin/%E0%A4%A',
    ];
    for (const url of attempts) expect(resolveAppFile(rendererDir, url), url).toBeNull();
  });

  it('answers only for its own scheme and host', () => {
    expect(resolveAppFile(rendererDir, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(rendererDir, 'file:///index.html')).toBeNull();
  });
});

describe('khotin-media:// serves archive images by their stored name', () => {
  it('finds a stored image through the URL the renderer builds', async () => {
    expect(await read(resolveMediaFile(archiveDir, mediaUrl(PHOTO)))).toBe('jpeg bytes');
  });

  it('refuses anything that is not one plain file name in media/', () => {
    expect(resolveMediaFile(archiveDir, 'khotin-media://media/../catalog.json')).toBe(
      path.join(archiveDir, 'media', 'catalog.json'),
    );
    const attempts = [
      'khotin-media://media/%2e%2e%2fcatalog.json',
      'khotin-media://media/..%5ccatalog.json',
      'khotin-media://media/sub/' + PHOTO,
      'khotin-media://media/.hidden',
      'khotin-media://media/',
      'khotin-media://items/' + PHOTO,
      'khotin-media://media/a%00.jpg',
    ];
    for (const url of attempts) expect(resolveMediaFile(archiveDir, url), url).toBeNull();
  });
});
