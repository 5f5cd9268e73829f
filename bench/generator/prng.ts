/**
 * mulberry32: a tiny seeded generator, so the same seed gives the same archive on every
 * machine. Written by hand because it is eight lines and the benchmarks need nothing more.
 */
export type Rng = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
};

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

/** Picks by weight in O(log n): cumulative weights and a binary search. */
export function weightedPicker<T>(
  items: readonly T[],
  weights: readonly number[],
): (rng: Rng) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return (rng) => {
    const target = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

/**
 * Zipf–Mandelbrot weights, 1/(rank + offset)^exponent. With offset 8 and exponent 1.1 the most
 * frequent syllable is about 3% of a text and the top hundred about 60%, close to what counts
 * of Vietnamese news text show; plain Zipf (offset 0) would make "và" one word in six.
 */
export function zipfWeights(count: number, exponent = 1.1, offset = 8): number[] {
  return Array.from({ length: count }, (_, rank) => 1 / Math.pow(rank + 1 + offset, exponent));
}
