import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// For `npm run mutate` (scripts/mutate.mjs): the unit tests beside the mutated code, plus any
// named with --tests (MUTATE_TESTS: folders or test files, comma-separated).
const targets = (process.env.MUTATE_TESTS ?? 'main').split(',').filter(Boolean);

export default defineConfig({
  test: {
    name: 'mutate',
    environment: 'node',
    include: targets.map((target) => (target.endsWith('.ts') ? target : `${target}/**/*.test.ts`)),
    testTimeout: 30_000,
    env: { KHOTIN_USER_DATA: path.join(os.tmpdir(), 'kho-tin-test-user-data') },
  },
});
