import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../shared/model';
import { CatalogState } from './catalog-state';
import { emptyCatalog } from './catalog-schema';

const AT = '2026-02-01T08:00:00+07:00';

function meta(id: string, change: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    id,
    title: `Tin ${id}`,
    categoryId: null,
    publishedAt: '2020-07-13T13:25:00+07:00',
    site: null,
    sourceUrl: `https://example.gov.vn/${id}`,
    author: null,
    lead: '',
    wordCount: 3,
    importedAt: AT,
    contentHash: `hash-${id}`,
    read: false,
    starred: false,
    readingPosition: 0,
    ...change,
  };
}

function stateWith(...metas: ArticleMeta[]): CatalogState {
  const state = CatalogState.from(emptyCatalog());
  for (const m of metas) state.apply({ op: 'put', meta: m });
  return state;
}

describe('CatalogState duplicate lookups (what an import checks before adding)', () => {
  it('forgets an article’s old source address and text once it is replaced, and finds the new ones', () => {
    const state = stateWith(meta('a'));
    expect(state.findBySource('https://example.gov.vn/a')?.id).toBe('a');
    state.apply({
      op: 'put',
      meta: meta('a', { sourceUrl: 'https://example.gov.vn/moi', contentHash: 'hash-moi' }),
    });
    expect(state.findBySource('https://example.gov.vn/a')).toBeUndefined();
    expect(state.findByHash('hash-a')).toBeUndefined();
    expect(state.findBySource('https://example.gov.vn/moi')?.id).toBe('a');
    expect(state.findByHash('hash-moi')?.id).toBe('a');
  });

  it('does not offer a deleted article as a duplicate, and offers it again after Undo', () => {
    const state = stateWith(meta('a'));
    expect(state.findByHash('hash-a')?.id).toBe('a');
    state.apply({ op: 'trash', ids: ['a'], at: AT });
    expect(state.findBySource('https://example.gov.vn/a')).toBeUndefined();
    expect(state.findByHash('hash-a')).toBeUndefined();
    state.apply({ op: 'untrash', ids: ['a'] });
    expect(state.findBySource('https://example.gov.vn/a')?.id).toBe('a');
    expect(state.findByHash('hash-a')?.id).toBe('a');
  });

  it('keeps finding the first of two articles with the same source and text when the second goes', () => {
    const shared = { sourceUrl: 'https://example.gov.vn/chung', contentHash: 'hash-chung' };
    const state = stateWith(meta('a', shared), meta('b', shared));
    expect(state.findBySource(shared.sourceUrl)?.id).toBe('a');
    state.apply({ op: 'trash', ids: ['b'], at: AT });
    expect(state.findBySource(shared.sourceUrl)?.id).toBe('a');
    expect(state.findByHash(shared.contentHash)?.id).toBe('a');
  });

  it('finds an article without a source address by its text only', () => {
    const state = stateWith(meta('a', { sourceUrl: null }));
    expect(state.findByHash('hash-a')?.id).toBe('a');
    state.apply({ op: 'trash', ids: ['a'], at: AT });
    expect(state.findByHash('hash-a')).toBeUndefined();
  });
});

describe('CatalogState categories', () => {
  it('moves trashed articles of a merged category too, so Undo brings them back into the new one', () => {
    const state = stateWith();
    state.apply({ op: 'category', category: { id: 'c1', name: 'Kinh tế' } });
    state.apply({ op: 'category', category: { id: 'c2', name: 'Xã hội' } });
    state.apply({ op: 'put', meta: meta('a', { categoryId: 'c2' }) });
    state.apply({ op: 'put', meta: meta('b', { categoryId: 'c2' }) });
    state.apply({ op: 'put', meta: meta('c', { categoryId: 'c1' }) });
    state.apply({ op: 'category', category: { id: 'c3', name: 'Văn hóa' } });
    state.apply({ op: 'put', meta: meta('d', { categoryId: 'c3' }) });
    state.apply({ op: 'put', meta: meta('e', { categoryId: 'c3' }) });
    state.apply({ op: 'trash', ids: ['b', 'e'], at: AT });
    state.apply({ op: 'merge', from: 'c2', into: 'c1' });
    expect(state.trash.get('b')).toEqual({ meta: meta('b', { categoryId: 'c1' }), deletedAt: AT });
    expect(state.trash.get('e')?.meta.categoryId).toBe('c3');
    expect([...state.categories.keys()]).toEqual(['c1', 'c3']);
    state.apply({ op: 'untrash', ids: ['b'] });
    expect(state.list().map((m) => [m.id, m.categoryId])).toEqual([
      ['a', 'c1'],
      ['c', 'c1'],
      ['d', 'c3'],
      ['b', 'c1'],
    ]);
  });

  it('ignores a merge into itself or into a category that does not exist: nothing is lost', () => {
    const state = stateWith();
    state.apply({ op: 'category', category: { id: 'c1', name: 'Kinh tế' } });
    state.apply({ op: 'put', meta: meta('a', { categoryId: 'c1' }) });
    state.apply({ op: 'merge', from: 'c1', into: 'c1' });
    state.apply({ op: 'merge', from: 'c1', into: 'gone' });
    expect([...state.categories.keys()]).toEqual(['c1']);
    expect(state.articles.get('a')?.categoryId).toBe('c1');
  });

  it('brings an article back from the trash without a category that no longer exists', () => {
    const state = CatalogState.from({
      ...emptyCatalog(),
      categories: [{ id: 'c1', name: 'Kinh tế' }],
      trash: [
        { meta: meta('a', { categoryId: 'gone' }), deletedAt: AT },
        { meta: meta('b', { categoryId: 'c1' }), deletedAt: AT },
      ],
    });
    state.apply({ op: 'untrash', ids: ['a', 'b'] });
    expect(state.list().map((m) => [m.id, m.categoryId])).toEqual([
      ['a', null],
      ['b', 'c1'],
    ]);
  });
});

describe('CatalogState replay of stale journal entries', () => {
  it('skips changes to articles it does not hold, without failing', () => {
    const state = stateWith(meta('a'));
    state.apply({ op: 'trash', ids: ['none'], at: AT });
    state.apply({ op: 'untrash', ids: ['none', 'a'] });
    state.apply({ op: 'patch', id: 'none', patch: { read: true } });
    state.apply({ op: 'purge', ids: ['none'] });
    expect(state.trash.size).toBe(0);
    expect(state.list().map((m) => m.id)).toEqual(['a']);
  });
});

describe('CatalogState list order', () => {
  it('tells a sorted list to re-sort when a title or date changes, not when an article is only read', () => {
    const state = stateWith(meta('a'));
    let version = state.orderVersion;
    state.apply({ op: 'patch', id: 'a', patch: { read: true, readingPosition: 0.5 } });
    expect(state.orderVersion).toBe(version);
    state.apply({ op: 'patch', id: 'a', patch: { title: 'Tin mới' } });
    expect(state.orderVersion).not.toBe(version);
    version = state.orderVersion;
    state.apply({ op: 'patch', id: 'a', patch: { publishedAt: '2021-01-01T00:00:00+07:00' } });
    expect(state.orderVersion).not.toBe(version);
    version = state.orderVersion;
    state.apply({ op: 'trash', ids: ['a'], at: AT });
    expect(state.orderVersion).not.toBe(version);
  });
});
