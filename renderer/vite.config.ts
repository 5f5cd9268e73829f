import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The CSP goes into the built page itself, so it holds under file://, a custom scheme or the host. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'kho-tin-csp',
    // Build only: in dev the meta tag would block the dev server's inline refresh script.
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Shared by electron-vite's renderer section and the standalone build the loopback host serves. */
export const rendererConfig: UserConfig = {
  root: here,
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: path.resolve(here, '../out/renderer'),
    emptyOutDir: true,
    rollupOptions: { input: path.resolve(here, 'index.html') },
  },
  worker: { format: 'es' },
};

export default rendererConfig;
