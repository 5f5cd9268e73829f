/**
 * `npm run mutate -- <folder or file>... [--incremental] [--static]
 * [--tests <folder or file>]... [--name <slug>]`:
 * StrykerJS mutation testing of one folder (main/host, main/ipc…) against the unit tests beside it.
 * Each surviving mutant is a change to the code that no test noticed. Slow by nature, so never
 * part of `npm test`; MUTATE_CONCURRENCY sets the workers.
 *
 * --incremental keeps the results in test-results/mutation/<slug>.incremental.json and reruns only
 * mutants whose code or tests changed since: a long folder can be measured in pieces (a few files
 * at a time, each piece with its own --name) and re-measured cheaply after new tests.
 * --static also mutates module-level constants (slow: each reruns every test).
 * --only-tests <path> (repeatable) runs just those tests instead of the folder's: a quick
 * re-measure of one file against the tests written for it.
 * A target may be a line range, `main/host/server.ts:36-37`, to re-test only those mutants.
 * --tests adds tests from elsewhere (e.g. the log-privacy test that checks main/ipc's log lines).
 */
import path from 'node:path';
import { Stryker } from '@stryker-mutator/core';

// Files that only call Electron's API: they cannot load under Vitest (no Electron there), and
// the logic they use (sender policy, external-URL check) lives in main/security with its tests.
const ELECTRON_GLUE = [
  'main/ipc/electron-bridge.ts',
  'main/ipc/export-electron.ts',
  'main/ipc/import-dialog.ts',
];
// Not product code: `npm run web`'s argument parsing, and the fuzzer's payload generators.
const NOT_PRODUCT = ['main/host/main.ts', 'main/ipc/fuzz/**'];

const args = process.argv.slice(2);
const targets = [];
const extraTests = [];
let incremental = false;
let withStatic = false;
let onlyNamedTests = false;
let name = '';
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--incremental') incremental = true;
  else if (args[i] === '--static') withStatic = true;
  else if (args[i] === '--tests') extraTests.push(args[++i]);
  else if (args[i] === '--only-tests') {
    onlyNamedTests = true;
    extraTests.push(args[++i]);
  } else if (args[i] === '--name') name = args[++i];
  // Stryker reads `file:36-37`; a single line `file:44` is given as `file:44-44`.
  else targets.push(args[i].replace(/\/+$/, '').replace(/:(\d+)$/, ':$1-$1'));
}
if (targets.length === 0) {
  console.error(
    'usage: npm run mutate -- <folder or file>... [--incremental] [--tests <path>] [--name <slug>]',
  );
  process.exit(2);
}
const isFile = (target) => /\.tsx?(:[\d:-]+)?$/.test(target);
// A file is mutated against the tests of its folder.
const folders = [...new Set(targets.map((t) => (isFile(t) ? path.posix.dirname(t) : t)))];
process.env.MUTATE_TESTS = (onlyNamedTests ? extraTests : [...folders, ...extraTests]).join(',');
// The IPC fuzzer runs once per mutant: a few hundred payloads are enough to kill what it kills.
process.env.FUZZ_RUNS ??= '400';
const slug = name || targets.join('+').replace(/[\\/]/g, '-');

const stryker = new Stryker({
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  mutate: [
    ...targets.map((t) => (isFile(t) ? t : `${t}/**/*.ts`)),
    '!**/*.test.ts',
    ...[...ELECTRON_GLUE, ...NOT_PRODUCT].map((file) => `!${file}`),
  ],
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 1),
  coverageAnalysis: 'perTest',
  // Module-level constants run once at import: each such mutant needs the whole suite again (a
  // minute or more per mutant in the big folders), so they are left out unless --static is given.
  ignoreStatic: !withStatic,
  incremental,
  incrementalFile: `test-results/mutation/${slug}.incremental.json`,
  // A mutant that hangs the code (a request never answered) is a kill: no need to wait long.
  timeoutMS: 5_000,
  // The first run of all the folder's tests (archive: ~1 min alone) takes far longer on a busy machine.
  dryRunTimeoutMinutes: 30,
  // event-recorder: one file per mutant as it is tested, so a run stopped early still has its
  // results (`node scripts/mutate-so-far.mjs <slug>` counts them).
  reporters: ['clear-text', 'progress', 'json', 'event-recorder'],
  eventReporter: { baseDir: `test-results/mutation/${slug}.events` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  jsonReporter: { fileName: `test-results/mutation/${slug}.json` },
  // One temp folder per target, so two runs can go side by side.
  tempDirName: `.stryker-tmp/${slug}`,
  cleanTempDir: 'always',
  // Not copied into the sandbox: build output, reports, and other runs' sandboxes.
  ignorePatterns: [
    'out',
    'dist',
    'test-results',
    'docs',
    'bench/results',
    '.test-tmp',
    '.stryker-tmp',
    'e2e',
  ],
});
const results = await stryker.runMutationTest();
const counts = {};
for (const result of results) counts[result.status] = (counts[result.status] ?? 0) + 1;
const killed = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
const valid = killed + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
console.log(
  `[mutate] ${slug}: score ${valid ? ((100 * killed) / valid).toFixed(1) : '—'} % ` +
    `(${killed} killed or timed out of ${valid}; ${counts.Survived ?? 0} survived, ` +
    `${counts.NoCoverage ?? 0} without coverage, ${counts.Ignored ?? 0} static ignored)`,
);
