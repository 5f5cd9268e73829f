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
    // Generous: on a busy machine the fuzzer's import.start or a services hook can take minutes,
    // and one failing test in the first run stops Stryker (per-mutant timeouts are its own).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    ...(escaped ? { testNamePattern: new RegExp(`^(?!.*${escaped})`) } : {}),
    env: { KHOTIN_USER_DATA: path.join(os.tmpdir(), 'kho-tin-test-user-data') },
  },
});
