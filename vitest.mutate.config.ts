import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// For `npm run mutate` (scripts/mutate.mjs): the unit tests beside the mutated code, plus any
// named with --tests (MUTATE_TESTS: folders or test files, comma-separated).
const targets = (process.env.MUTATE_TESTS ?? 'main').split(',').filter(Boolean);
// A test failing before any mutant (Stryker refuses to start then) can be left out by name, e.g.
// MUTATE_SKIP='a moved archive takes its search index'; say so beside the score.
const skip = process.env.MUTATE_SKIP;
const escaped = skip?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineConfig({
  test: {
    name: 'mutate',
    environment: 'node',
    include: targets.map((target) => (target.endsWith('.ts') ? target : `${target}/**/*.test.ts`)),
    testTimeout: 30_000,
    ...(escaped ? { testNamePattern: new RegExp(`^(?!.*${escaped})`) } : {}),
    env: { KHOTIN_USER_DATA: path.join(os.tmpdir(), 'kho-tin-test-user-data') },
  },
});
