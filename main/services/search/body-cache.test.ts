import { describe, expect, it } from 'vitest';
import type { ArticleBody, ArticleMeta } from '../../../shared/model';
import { BodyCache, MAX_BODY_BYTES, bodyBytes } from './body-cache';
import type { SearchSource } from './search-source';

/** A source of `count` bodies of `length` characters each, counting the reads that reach it. */
function sourceOf(count: number, length: number) {
  const hashes = new Map<string, string>();
  const reads = { n: 0 };
  const bodyOf = (id: string): ArticleBody => ({
    id,
    html: '',
    text: `${id} ${hashes.get(id) ?? 'v1'} `.padEnd(length, 'ă'),
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
  return { source, reads, bodyOf, edit: (id: string) => hashes.set(id, 'v2') };
}

describe('body cache (snippets read from the archive)', () => {
  it('serves the body as read, from memory the second time, and a new one after an edit', async () => {
    const { source, reads, bodyOf, edit } = sourceOf(10, 300);
    const cache = new BodyCache(source);
    expect(await cache.read('a1')).toEqual(bodyOf('a1'));
    expect(await cache.read('a1')).toEqual(bodyOf('a1'));
    expect(reads.n).toBe(1);
    edit('a1');
    expect((await cache.read('a1'))?.text).toContain('v2');
    expect(reads.n).toBe(2);
    expect(await cache.read('a99')).toBeNull();
  });

  it('holds at most 8 MB of long bodies, and at most 500 short ones', async () => {
    // 40,000 characters ≈ 80 KB each: 200 of them would be 16 MB.
    const long = sourceOf(200, 40_000);
    const cache = new BodyCache(long.source);
    for (let i = 0; i < 200; i++) await cache.read(`a${i}`);
    expect(cache.bytes).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(cache.size).toBe(Math.floor(MAX_BODY_BYTES / bodyBytes(long.bodyOf('a100'))));
    // The most recent stay: re-reading the last one costs no read.
    const before = long.reads.n;
    expect(await cache.read('a199')).toEqual(long.bodyOf('a199'));
    expect(long.reads.n).toBe(before);

    const short = sourceOf(800, 200);
    const many = new BodyCache(short.source);
    for (let i = 0; i < 800; i++) await many.read(`a${i}`);
    expect(many.size).toBe(500);
    expect(many.bytes).toBe(500 * bodyBytes(short.bodyOf('a100')));
  });

  it('serves a body larger than the whole budget without keeping it', async () => {
    const huge = sourceOf(2, MAX_BODY_BYTES);
    const cache = new BodyCache(huge.source);
    expect((await cache.read('a1'))?.text.length).toBe(MAX_BODY_BYTES);
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });
});
