import { Archive } from '../../main/services/archive';

/** Timings of the archive bench (bench/archive.bench.ts): p50/p95 over n runs. */
export type Timing = { p50: number; p95: number; n: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarize(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), n: sorted.length };
}

export async function timeIt(n: number, op: (i: number) => Promise<unknown>): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await op(i);
    times.push(performance.now() - start);
  }
  return summarize(times);
}

/**
 * The open alone, as issue 12 states its target ("opening the archive itself"), with its CPU time
 * beside the wall time; the close is timed apart.
 */
export async function timeOpens(sizes: number[], n: number, dirs: Map<number, string>) {
  const runs = () => new Map<number, number[]>(sizes.map((size) => [size, []]));
  const wall = runs();
  const cpu = runs();
  const close = runs();
  for (let i = 0; i < n; i++) {
    for (const size of sizes) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const archive = await Archive.open(dirs.get(size)!);
      wall.get(size)!.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.get(size)!.push((used.user + used.system) / 1000);
      const closing = performance.now();
      await archive.close();
      close.get(size)!.push(performance.now() - closing);
    }
  }
  const timings = (times: Map<number, number[]>) =>
    new Map(sizes.map((size) => [size, summarize(times.get(size)!)]));
  return { wall: timings(wall), cpu: timings(cpu), close: timings(close) };
}

/** Each operation run n times per size, the sizes alternating, so the load falls on all alike. */
export async function interleave(
  sizes: number[],
  n: number,
  op: (size: number, i: number) => () => Promise<unknown>,
): Promise<Map<number, Timing>> {
  const times = new Map<number, number[]>(sizes.map((size) => [size, []]));
  for (let i = 0; i < n; i++) {
    for (const size of sizes) {
      const start = performance.now();
      await op(size, i)();
      times.get(size)!.push(performance.now() - start);
    }
  }
  return new Map(sizes.map((size) => [size, summarize(times.get(size)!)]));
}
