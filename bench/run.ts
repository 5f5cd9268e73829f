/**
 * `npm run bench -- <name…>` runs bench/<name>.bench.ts (all of them without a name). Each
 * benchmark prints its figures as ratios to a baseline measured in the same run, because the
 * machines here are noisy, and writes them to bench/results/<name>.json.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const available = (await readdir(here))
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''));
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const names = wanted.length > 0 ? wanted : available;

for (const name of names) {
  if (!available.includes(name)) {
    console.error(`Unknown benchmark "${name}". Available: ${available.join(', ')}`);
    process.exitCode = 2;
    continue;
  }
  console.log(`\n=== bench: ${name} ===`);
  const mod = (await import(path.join(here, `${name}.bench.ts`))) as {
    run(args: string[]): Promise<void>;
  };
  await mod.run(process.argv.slice(2));
}
