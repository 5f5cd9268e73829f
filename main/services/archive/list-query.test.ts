import { afterEach, describe, expect, it } from 'vitest';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { sampleDraft } from '../../../test-support/article-drafts';
import { ArticleQuery } from './list-query';

let t: TestArchive;
afterEach(async () => t?.cleanup());

describe('ArticleQuery', () => {
  it('shows fresh reader state in a cached sort, and re-sorts when an article arrives or a date changes', async () => {
    t = await createTestArchive({ articles: 3 });
    const query = new ArticleQuery(() => t.archive);
    const before = query.run({ sort: 'date-asc' }).items.map((item) => item.id);
    await t.archive.updateMeta(before[1]!, { read: true });
    const afterRead = query.run({ sort: 'date-asc' }).items;
    expect(afterRead.map((item) => item.id)).toEqual(before);
    expect(afterRead[1]!.read).toBe(true);
    const added = await t.archive.addArticle(
      sampleDraft(9, { publishedAt: '2001-01-01T00:00:00+07:00' }),
    );
    expect(query.run({ sort: 'date-asc' }).items[0]!.id).toBe(added.id);
    await t.archive.updateMeta(added.id, { publishedAt: '2030-01-01T00:00:00+07:00' });
    expect(query.run({ sort: 'date-asc' }).items.at(-1)!.id).toBe(added.id);
  });

  it('follows a restore that replaced the whole catalogue', async () => {
    t = await createTestArchive({ articles: 2 });
    const query = new ArticleQuery(() => t.archive);
    const backup = await t.archive.backup();
    await t.archive.addArticle(sampleDraft(5));
    expect(query.run().total).toBe(3);
    await t.archive.restore(backup.name);
    expect(
      query
        .run()
        .items.map((item) => item.id)
        .sort(),
    ).toEqual(t.seeded.map((m) => m.id).sort());
  });

  it('writes the catalogue newest first, so a reopened archive lists in the same orders', async () => {
    const dates = ['2021-03-01', '2024-07-09', '2019-11-30', '2024-07-09', '2022-01-15'];
    t = await createTestArchive({
      articles: [
        ...dates.map((day, i) => sampleDraft(i + 1, { publishedAt: `${day}T08:00:00+07:00` })),
        sampleDraft(9, { publishedAt: null }),
      ],
    });
    const ids = (sort: 'date-desc' | 'date-asc' | 'title-asc') =>
      new ArticleQuery(() => t.archive).run({ sort }).items.map((item) => item.id);
    const before = { desc: ids('date-desc'), asc: ids('date-asc'), title: ids('title-asc') };
    await t.archive.compact();
    await t.reopen();
    // As stored: the default list's order, so its first page needs no sort.
    expect(t.archive.listArticles().map((meta) => meta.id)).toEqual(before.desc);
    expect({ desc: ids('date-desc'), asc: ids('date-asc'), title: ids('title-asc') }).toEqual(
      before,
    );
  });
});
