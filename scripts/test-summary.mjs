// Prints "N passed, N failed, N skipped" from Vitest's JSON report, for CI's log reader.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.log('0 passed, 1 failed');
  console.error(
    `No test report at ${file}: the run stopped before the tests (type-check, lint or build failed).`,
  );
  process.exit(1);
}
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
