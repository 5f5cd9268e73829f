/** Shared figures of the search benchmark (bench/search.bench.ts and its child processes). */
export type QueryStats = {
  n: number;
  p50: number;
  p95: number;
  max: number;
  cpuP50: number;
  cpuP95: number;
  slowest: string[];
};

export type QuerySets = {
  /** Whole words, typed to the end (a space after the last word). */
  words: string[];
  /** The last word still being typed: prefix matching of the word under the cursor. */
  typing: string[];
  /** Quoted phrases of two to four words. */
  phrases: string[];
};

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const mb = (bytes: number) => Math.round(bytes / 1e6);
export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** `--count=10000` (bench/run.ts would take a separate value for a benchmark name). */
export function option(args: string[], name: string, fallback: number): number {
  const found = args.find((arg) => arg.startsWith(`${name}=`));
  return found ? Number(found.slice(name.length + 1)) : fallback;
}
