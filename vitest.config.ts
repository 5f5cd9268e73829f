import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Two projects, one runner: units in Node, end-to-end in Debian's Chromium through the host.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['{main,shared,renderer,bench}/**/*.test.{ts,tsx}'],
          testTimeout: 30_000,
          // The CLI's log goes to a temp folder, not the user's app data (its children inherit this).
          env: { KHOTIN_USER_DATA: path.join(os.tmpdir(), 'kho-tin-test-user-data') },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // expect.poll waits for a state the page reaches; vitest's 1 s default is a timed
          // assertion in disguise on a loaded machine (a reload, a Shift+End, a toast).
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
