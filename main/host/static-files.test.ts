import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../../test-support/temp-folder';
import { contentTypeOf, readStatic, resolveInside } from './static-files';

/**
 * The host sends `x-content-type-options: nosniff`, so a browser runs a script or applies a
 * stylesheet only when its type is right: a wrong type here is a blank page, not a cosmetic slip.
 */
describe('static files of the renderer', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['manifest.json', 'application/json; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['photo.jpg', 'image/jpeg'],
    ['photo.jpeg', 'image/jpeg'],
    ['anim.gif', 'image/gif'],
    ['pic.webp', 'image/webp'],
    ['favicon.ico', 'image/x-icon'],
    ['assets/tinos.woff', 'font/woff'],
    ['assets/tinos.woff2', 'font/woff2'],
    // Article images keep the name they came with, capitals included.
    ['media/ANH.PNG', 'image/png'],
    ['media/Anh.JPG', 'image/jpeg'],
  ])('serves %s as %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });

  it('serves anything else as bytes a browser will not run', () => {
    for (const file of ['notes.txt', 'x.exe', 'no-extension', 'x.html.bak', 'toString', '.js']) {
      expect(contentTypeOf(file), file).toBe('application/octet-stream');
    }
  });

  describe('on disk', () => {
    let folder: Awaited<ReturnType<typeof makeTempFolder>>;
    let root: string;
    beforeAll(async () => {
      folder = await makeTempFolder('kho-tin-static-');
      root = path.join(folder.dir, 'renderer');
      await mkdir(path.join(root, 'assets'), { recursive: true });
      await writeFile(path.join(root, 'assets', 'app.js'), 'ok');
    });
    afterAll(() => folder.remove());

    it('resolves paths inside the root, the root itself included', () => {
      expect(resolveInside(root, '')).toBe(root);
      expect(resolveInside(root, '/')).toBe(root);
      expect(resolveInside(root, 'assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
      expect(resolveInside(root, '/assets/%61pp.js')).toBe(path.join(root, 'assets', 'app.js'));
    });

    // On Windows `\\` separates folders too; the final containment check is what stops `..\\`.
    it('keeps a path inside the root by Windows rules as well', () => {
      const root = 'C:\\Program Files\\Kho Tin\\renderer';
      for (const probe of ['..%5c..%5csecret.txt', '/assets/..%5C..%5C..%5Csecret.txt', '..\\x']) {
        expect(resolveInside(root, probe, path.win32), probe).toBeNull();
      }
      expect(resolveInside(root, '/assets/app.js', path.win32)).toBe(`${root}\\assets\\app.js`);
      expect(resolveInside(root, '', path.win32)).toBe(root);
    });

    it('refuses a path that cannot be decoded or holds NUL', () => {
      expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
      expect(resolveInside(root, '/app.js%00')).toBeNull();
    });

    it('reads a file with its type, and answers null for a folder or a missing file', async () => {
      expect(await readStatic(root, '/assets/app.js')).toEqual({
        body: Buffer.from('ok'),
        type: 'text/javascript; charset=utf-8',
      });
      expect(await readStatic(root, '/assets')).toBeNull();
      expect(await readStatic(root, '/assets/missing.js')).toBeNull();
      expect(await readStatic(root, '/%E0%A4%A')).toBeNull();
    });
  });
});
