/**
 * `npm run mutate -- <folder>`: StrykerJS mutation testing of one folder (main/host, main/ipc…)
 * against the unit tests beside it. Each surviving mutant is a change to the code that no test
 * noticed. Slow by nature, so never part of `npm test`; MUTATE_CONCURRENCY sets the workers.
 */
import path from 'node:path';
import { Stryker } from '@stryker-mutator/core';

const target = (process.argv[2] ?? '').replace(/\/+$/, '');
if (!target) {
  console.error('usage: npm run mutate -- <folder or file>   (e.g. main/host, main/ipc/invoke.ts)');
  process.exit(2);
}
// A single file is mutated against the tests of its folder.
const isFile = /\.tsx?$/.test(target);
const folder = isFile ? path.posix.dirname(target) : target;
process.env.MUTATE_FOLDER = folder;
// The IPC fuzzer runs once per mutant: a few hundred payloads are enough to kill what it kills.
process.env.FUZZ_RUNS ??= '400';
const slug = target.replace(/[\\/]/g, '-');

const stryker = new Stryker({
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  mutate: isFile ? [target] : [`${folder}/**/*.ts`, `!${folder}/**/*.test.ts`],
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 1),
  coverageAnalysis: 'perTest',
  // A mutant that hangs the code (a request never answered) is a kill: no need to wait long.
  timeoutMS: 5_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `test-results/mutation/${slug}.json` },
  // One temp folder per target, so two runs can go side by side.
  tempDirName: `.stryker-tmp/${slug}`,
  cleanTempDir: 'always',
  ignorePatterns: ['out', 'dist', 'test-results', 'docs', 'bench/results', '.test-tmp'],
});
const results = await stryker.runMutationTest();
const counts = {};
for (const result of results) counts[result.status] = (counts[result.status] ?? 0) + 1;
const killed = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
const valid = killed + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
console.log(
  `[mutate] ${target}: score ${valid ? ((100 * killed) / valid).toFixed(1) : '—'} % ` +
    `(${killed} killed or timed out of ${valid}; ${counts.Survived ?? 0} survived, ${counts.NoCoverage ?? 0} without coverage)`,
);
