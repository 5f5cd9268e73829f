import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// For `npm run mutate -- <folder>` (scripts/mutate.mjs): the unit tests beside the mutated folder only.
const folder = process.env.MUTATE_FOLDER ?? 'main';

export default defineConfig({
  test: {
    name: 'mutate',
    environment: 'node',
    include: [`${folder}/**/*.test.ts`],
    testTimeout: 30_000,
    env: { KHOTIN_USER_DATA: path.join(os.tmpdir(), 'kho-tin-test-user-data') },
  },
});
