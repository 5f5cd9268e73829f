import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.config';

const root = path.dirname(fileURLToPath(import.meta.url));
const at = (...parts: string[]) => path.resolve(root, ...parts);

/**
 * Every entry is named because the layout is not electron-vite's default src/{main,preload,renderer}.
 * The renderer section reuses renderer/vite.config.ts, the same build the loopback host serves.
 */
export default defineConfig({
  main: {
    build: {
      outDir: at('out/main'),
      rolldownOptions: {
        // Worker threads' own entries, beside index.js: the search rebuild (rebuild-in-worker.ts)
        // and the import pool (parse-worker-entry.ts). Entries keep their names; shared code goes
        // to chunks/.
        input: {
          index: at('main/index.ts'),
          'search-rebuild-worker': at('main/services/search/rebuild-worker.ts'),
          'import-parse-worker': at('main/services/import/parse-worker.ts'),
        },
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: at('out/preload'),
      // A sandboxed preload can require() nothing but 'electron': zod and shared/ are bundled in.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('main/preload.ts') },
        // Sandboxed preloads cannot be ES modules; .cjs because package.json says "type": "module".
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    root: at('renderer'),
    build: {
      ...rendererConfig.build,
      // electron-vite leaves the renderer unminified by default: the window would parse and
      // compile 1.26 MB of start bundle instead of the 0.58 MB the host serves, on every start.
      minify: true,
      outDir: at('out/renderer'),
      rolldownOptions: { input: at('renderer/index.html') },
    },
  },
});
