import type { SearchSort } from '../../../shared/ipc/search';
import type { Matches } from './query-engine';

/**
 * Negative when doc a ranks before doc b. `key` is a cheap number that never disagrees with
 * the order (a higher key never ranks later), so most docs are turned away on one comparison.
 */
export type Compare = ((a: number, b: number) => number) & { key?: (doc: number) => number };

/** Exact-mark matches first, then relevance, then the newer article. */
export function comparator(sort: SearchSort, matches: Matches, dates: Float64Array): Compare {
  const { score, exact } = matches;
  const date = (doc: number) => {
    const minutes = dates[doc]!;
    return Number.isNaN(minutes) ? -Infinity : minutes;
  };
  const byRelevance: Compare = (a, b) =>
    exact[b]! - exact[a]! || score[b]! - score[a]! || date(b) - date(a) || a - b;
  if (sort === 'relevance') {
    // Scores stay far below a million, so the exact-mark count dominates the key.
    byRelevance.key = (doc) => exact[doc]! * 1e6 + score[doc]!;
    return byRelevance;
  }
  const direction = sort === 'date-desc' ? 1 : -1;
  const byDate: Compare = (a, b) => direction * (date(b) - date(a)) || byRelevance(a, b);
  byDate.key = (doc) => direction * date(doc);
  return byDate;
}

/**
 * The first `k` docs in rank order without sorting all of them: a bounded heap keeps the k best
 * seen so far (worst on top), so ranking 100,000 matches for one page costs n·log k.
 */
export function selectTop(docs: ArrayLike<number>, k: number, compare: Compare): number[] {
  if (k <= 0) return [];
  if (docs.length <= k * 4) return Array.from(docs).sort(compare).slice(0, k);
  const heap: number[] = [];
  const worse = (i: number, j: number) => compare(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(l, top)) top = l;
      if (r < heap.length && worse(r, top)) top = r;
      if (top === i) return;
      swap(i, top);
      i = top;
    }
  };
  const key = compare.key;
  let worstKey = -Infinity;
  for (let n = 0; n < docs.length; n++) {
    const doc = docs[n]!;
    if (heap.length < k) {
      heap.push(doc);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1)
        swap(i, (i - 1) >> 1);
      if (key && heap.length === k) worstKey = key(heap[0]!);
    } else if ((!key || key(doc) >= worstKey) && compare(doc, heap[0]!) < 0) {
      heap[0] = doc;
      siftDown(0);
      if (key) worstKey = key(heap[0]!);
    }
  }
  return heap.sort(compare);
}
