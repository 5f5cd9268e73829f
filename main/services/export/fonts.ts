import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { TINOS_FACES, tinosFontFaceCss } from '../../../shared/report/print-layout';

let cached: Promise<string> | null = null;

/** The @font-face rules of the bundled Tinos with each file inline, read once per process. */
export function embeddedFontCss(): Promise<string> {
  cached ??= load().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function load(): Promise<string> {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@fontsource/tinos/package.json')), 'files');
  const data = new Map<string, string>();
  await Promise.all(
    TINOS_FACES.map(async (face) => {
      const bytes = await readFile(path.join(dir, face.file));
      data.set(face.file, `data:font/woff2;base64,${bytes.toString('base64')}`);
    }),
  );
  return tinosFontFaceCss((file) => data.get(file)!);
}
