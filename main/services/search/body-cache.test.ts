import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleBody, ArticleMeta } from '../../../shared/model';
import { ARENA_BYTES, BodyCache, MAX_KEPT_BYTES } from './body-cache';
import type { SearchSource } from './search-source';

/** A source of `count` bodies, counting the reads that reach it; `length` gives each text's length. */
function sourceOf(count: number, length: (n: number) => number) {
  const hashes = new Map<string, string>();
  const reads = { n: 0 };
  const textOf = (id: string) =>
    `${id} ${hashes.get(id) ?? 'v1'} `.padEnd(length(Number(id.slice(1))), 'ă');
  const bodyOf = (id: string): ArticleBody => ({
    id,
    html: '',
    text: textOf(id),
    captions: [`chú thích ${id}`],
    images: [],
  });
  const source = {
    getMeta: (id: string) => ({ id, contentHash: hashes.get(id) ?? 'v1' }) as ArticleMeta,
    readBody: async (id: string) => {
      reads.n++;
      return Number(id.slice(1)) < count ? bodyOf(id) : null;
    },
  } as unknown as SearchSource;
  return { source, reads, textOf, edit: (id: string) => hashes.set(id, 'v2') };
}

describe('body cache (snippets read from the archive)', () => {
  it('serves the text as read, from memory the second time, and a new one after an edit', async () => {
    const { source, reads, textOf, edit } = sourceOf(10, () => 300);
    const cache = new BodyCache(source);
    expect(await cache.readText('a1')).toBe(textOf('a1'));
    expect(await cache.readText('a1')).toBe(textOf('a1'));
    expect(reads.n).toBe(1);
    edit('a1');
    expect(await cache.readText('a1')).toContain('v2');
    expect(reads.n).toBe(2);
    expect(await cache.readText('a99')).toBeNull();
  });

  it('holds at most its buffer of long texts, the most recent ones', async () => {
    // 40,000 characters of ă ≈ 80 KB of UTF-8 each: 200 of them would be 16 MB.
    const long = sourceOf(200, () => 40_000);
    const cache = new BodyCache(long.source);
    for (let i = 0; i < 200; i++) await cache.readText(`a${i}`);
    expect(cache.bytes).toBeLessThanOrEqual(ARENA_BYTES);
    expect(cache.size).toBeGreaterThanOrEqual(Math.floor(ARENA_BYTES / 80_000) - 1);
    const before = long.reads.n;
    expect(await cache.readText('a199')).toBe(long.textOf('a199'));
    expect(await cache.readText('a180')).toBe(long.textOf('a180'));
    expect(long.reads.n).toBe(before);
    expect(await cache.readText('a0')).toBe(long.textOf('a0'));
    expect(long.reads.n).toBe(before + 1);
  });

  it('serves a text larger than a quarter of its buffer without keeping it', async () => {
    const huge = sourceOf(2, () => MAX_KEPT_BYTES);
    const cache = new BodyCache(huge.source);
    expect(await cache.readText('a1')).toBe(huge.textOf('a1'));
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it('drops, when it starts the ring again, the last lap’s texts left at its end', async () => {
    const MB = 1 << 20;
    // Bytes of each text (ASCII): A–C fill 3 MB, X and D the next 0.8, E starts the second lap,
    // and after H the write position (3.1 MB) is before D's start (3.3): I cannot fit there.
    const bytes: Record<string, number> = { A: 1, B: 1, C: 1, X: 0.3, D: 0.5, E: 0.5, F: 1, G: 1 };
    Object.assign(bytes, { H: 0.6, I: 1 });
    const textOf = (id: string) => id.repeat(Math.round(bytes[id]! * MB) - 1);
    const source = {
      getMeta: (id: string) => ({ id, contentHash: 'h' }) as ArticleMeta,
      readBody: async (id: string) => ({ text: textOf(id) }) as ArticleBody,
    } as unknown as SearchSource;
    const cache = new BodyCache(source);
    for (const id of ['A', 'B', 'C', 'X', 'D', 'E', 'F', 'G', 'H', 'I', 'E', 'F', 'D'])
      expect(await cache.readText(id)).toBe(textOf(id));
  });

  it('never serves bytes another text overwrote, whatever the order and sizes of the reads', async () => {
    // Lengths up to a quarter of the buffer, so the ring wraps every few reads.
    const sizes = fc.array(fc.integer({ min: 0, max: MAX_KEPT_BYTES / 2 }), {
      minLength: 12,
      maxLength: 12,
    });
    const reads = fc.array(fc.nat(11), { minLength: 1, maxLength: 120 });
    await fc.assert(
      fc.asyncProperty(sizes, reads, async (lengths, order) => {
        // 'ă' is two bytes of UTF-8: lengths in characters, half the bytes.
        const { source, textOf } = sourceOf(12, (n) => lengths[n]!);
        const cache = new BodyCache(source);
        for (const n of order) expect(await cache.readText(`a${n}`)).toBe(textOf(`a${n}`));
        expect(cache.bytes).toBeLessThanOrEqual(ARENA_BYTES);
      }),
      { numRuns: 150 },
    );
  });
});
