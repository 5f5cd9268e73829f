/**
 * `npm run scan:electron`: Electronegativity (Doyensec's Electron security linter) over main/.
 * It exits 0 whatever it finds, so its findings are read here: every HIGH or MEDIUM one fails
 * the run unless main/security/electronegativity-allow.json explains it (matched by check id
 * and file; line numbers drift). Explanations that no longer match anything are reported too.
 */
import dns from 'node:dns';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The tool asks GitHub for translations and Electron releases; the scan stays offline.
const offline = (_host, options, callback) =>
  (typeof options === 'function' ? options : callback)(
    Object.assign(new Error('offline scan'), { code: 'ENOTFOUND' }),
  );
dns.lookup = offline;
dns.promises.lookup = async () => {
  throw Object.assign(new Error('offline scan'), { code: 'ENOTFOUND' });
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const allowFile = path.join(root, 'main/security/electronegativity-allow.json');
const allowed = JSON.parse(await readFile(allowFile, 'utf8')).findings;
const { default: run } = await import('@doyensec/electronegativity');

const log = console.log;
console.log = () => undefined; // its progress bar and table; the verdict is printed below
const result = await run({
  input: path.join(root, 'main'),
  isRelative: true,
  electronVersionOverride: pkg.devDependencies.electron,
  // Compares with Electron's release list online: not something a closed network can do.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
}).finally(() => (console.log = log));

const serious = result.issues.filter((issue) => ['HIGH', 'MEDIUM'].includes(issue.severity.name));
const explained = (issue) =>
  allowed.find((entry) => entry.id === issue.id && entry.file === issue.file);
const unexplained = serious.filter((issue) => !explained(issue));
const stale = allowed.filter(
  (entry) => !serious.some((issue) => issue.id === entry.id && issue.file === entry.file),
);

console.log(
  `Electronegativity ${result.globalChecks} global + ${result.atomicChecks} atomic checks over main/: ` +
    `${result.issues.length} findings, ${serious.length} HIGH/MEDIUM, ` +
    `${serious.length - unexplained.length} explained in ${path.relative(root, allowFile)}, ` +
    `${unexplained.length} unexplained, ${result.errors.length} files not parsed.`,
);
for (const issue of unexplained)
  console.log(
    `  ✗ ${issue.severity.name} ${issue.id} ${issue.file}:${issue.location.line} ${String(
      issue.sample ?? '',
    )
      .trim()
      .slice(0, 100)}`,
  );
for (const error of result.errors) console.log(`  ✗ not parsed: ${error.file}: ${error.message}`);
for (const entry of stale)
  console.log(`  (allow-list entry no longer needed: ${entry.id} ${entry.file})`);
process.exitCode = unexplained.length > 0 || result.errors.length > 0 ? 1 : 0;
