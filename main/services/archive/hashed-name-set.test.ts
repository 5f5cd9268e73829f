import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-pages';
import { HashedNameSet } from './hashed-name-set';

describe('HashedNameSet', () => {
  it('remembers every name through its growth and nothing else', () => {
    const set = new HashedNameSet();
    for (let i = 0; i < 50_000; i++) set.add(`2024-03-01-tin-bai-${i}.html`);
    set.add('2024-03-01-tin-bai-7.html');
    expect(set.size).toBe(50_000);
    for (let i = 0; i < 50_000; i++) expect(set.has(`2024-03-01-tin-bai-${i}.html`)).toBe(true);
    for (let i = 50_000; i < 60_000; i++)
      expect(set.has(`2024-03-01-tin-bai-${i}.html`)).toBe(false);
  });

  it('gives export pages -2, -3… as a Set of strings would', () => {
    const set = new HashedNameSet();
    const article = { publishedAt: '2024-03-01T08:00:00+07:00', title: 'Họp báo quý I' };
    const names = [1, 2, 3].map(() => exportFileName(article, set));
    expect(names).toEqual([
      '2024-03-01-hop-bao-quy-i.html',
      '2024-03-01-hop-bao-quy-i-2.html',
      '2024-03-01-hop-bao-quy-i-3.html',
    ]);
  });
});
