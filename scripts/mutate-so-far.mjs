/**
 * `node scripts/mutate-so-far.mjs <slug>`: the score of a mutation run so far, from the files its
 * event recorder writes (test-results/mutation/<slug>.events), and the mutants that survived,
 * by file. For long runs (main/services/archive, main/services/search) stopped by a time box.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const slug = process.argv[2];
if (!slug) {
  console.error('usage: node scripts/mutate-so-far.mjs <slug>');
  process.exit(2);
}
const dir = path.join('test-results/mutation', `${slug}.events`);
const files = (await readdir(dir)).filter((name) => name.endsWith('-onMutantTested.json'));
const counts = {};
const byFile = new Map();
for (const name of files) {
  const mutant = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
  counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  const file = path.relative(process.cwd(), mutant.fileName);
  const entry = byFile.get(file) ?? { killed: 0, valid: 0, left: [] };
  if (mutant.status === 'Killed' || mutant.status === 'Timeout') entry.killed++;
  if (['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(mutant.status)) entry.valid++;
  if (mutant.status === 'Survived' || mutant.status === 'NoCoverage')
    entry.left.push(
      `${mutant.location.start.line}:${mutant.location.start.column} ${mutant.status} ` +
        `${mutant.mutatorName} → ${JSON.stringify(mutant.replacement ?? '').slice(0, 80)}`,
    );
  byFile.set(file, entry);
}
const killed = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
const valid = killed + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
console.log(
  `${slug}: ${files.length} mutants tested so far; score ${valid ? ((100 * killed) / valid).toFixed(1) : '—'} % ` +
    `(${counts.Killed ?? 0} killed, ${counts.Timeout ?? 0} timed out, ${counts.Survived ?? 0} survived, ` +
    `${counts.NoCoverage ?? 0} no coverage)`,
);
for (const [file, entry] of [...byFile].sort()) {
  console.log(`\n${file}: ${entry.killed}/${entry.valid}`);
  for (const line of entry.left) console.log(`  ${line}`);
}
